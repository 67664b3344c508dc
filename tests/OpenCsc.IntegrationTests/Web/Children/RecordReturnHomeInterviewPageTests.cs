using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.LookedAfter;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Recording Lou's return home interview, as at 12:00 on Monday 15 June 2026: she went missing on Saturday 13 June and
/// came back at 17:30 on Sunday 14 June (see <see cref="LookedAfterTestData"/>); the interview is due within 72 hours.
/// </summary>
public sealed class RecordReturnHomeInterviewPageTests(PostgresServer postgres)
{
    [Fact]
    public async Task TheWorkerRecordsTheInterviewDone_ItIsStored_AndItLeavesWhatIsDueAndTheTracker()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (LookedAfterBorough b, long episode) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        Assert.Contains("LOU1", await client.GetStringAsync("/trackers/rhi", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        string formUrl = (await WebTestApp.GetPageAsync(client, b.ChildUrl)).QuerySelector("a[data-action='rhi']")!.GetAttribute("href")!;
        Assert.Equal(b.ChildUrl + "/missing/" + episode.ToString(CultureInfo.InvariantCulture) + "/return-home-interview", formUrl);
        string ann = b.Ann.ToString(CultureInfo.InvariantCulture);
        Dictionary<string, string> opened = await LookedAfterTestData.OpenFormAsync(client, formUrl);
        Assert.Equal(ann, (await WebTestApp.GetPageAsync(client, formUrl)).QuerySelector("#worker option[selected]")?.GetAttribute("value"));

        using (HttpResponseMessage refused = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["offeredDay"] = "14",
            ["offeredMonth"] = "6",
            ["offeredYear"] = "2026",
            ["offeredTime"] = "10:00",
            ["accepted"] = "no",
            ["completedDay"] = "15",
            ["completedMonth"] = "6",
            ["completedYear"] = "2026",
            ["completedTime"] = "09:00",
            ["worker"] = "",
        }))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(
                [
                    "The date and time the interview was offered must be on or after the child came back (14 June 2026 at 17:30)",
                    "Leave the date the interview was done blank: the child declined it",
                    "Select the worker who offered or did the interview",
                ],
                errors);
            Assert.Equal("10:00", page.QuerySelector("#offered-time")?.GetAttribute("value"));
            Assert.True(page.QuerySelector("#accepted-1")?.HasAttribute("checked"));
            Assert.Equal("09:00", page.QuerySelector("#completed-time")?.GetAttribute("value"));
        }

        using (HttpResponseMessage refused = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["offeredDay"] = "15",
            ["offeredMonth"] = "6",
            ["offeredYear"] = "2026",
            ["offeredTime"] = "13:00",
            ["completedTime"] = "11:00",
            ["worker"] = ann,
        }))
        {
            var (_, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(
                [
                    "The date and time the interview was offered must be now or in the past",
                    "Select whether the child accepted the interview",
                    "Enter the date the interview was done",
                ],
                errors);
        }

        using (HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["offeredDay"] = "15",
            ["offeredMonth"] = "6",
            ["offeredYear"] = "2026",
            ["offeredTime"] = "9:00",
            ["accepted"] = "yes",
            ["completedDay"] = "15",
            ["completedMonth"] = "6",
            ["completedYear"] = "2026",
            ["completedTime"] = "11:00",
            ["worker"] = ann,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        IHtmlDocument child = await WebTestApp.GetPageAsync(client, b.ChildUrl);
        Assert.Equal("Return home interview recorded: done.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Null(child.QuerySelector("a[data-action='rhi']"));
        Assert.Contains("Return home interview", child.QuerySelector("#chronology-table")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("LOU1", await client.GetStringAsync("/trackers/rhi", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await using AppDbContext check = app.OpenContext();
        MissingEpisode m = await check.MissingEpisodes.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateTime?)new DateTime(2026, 6, 15, 9, 0, 0), (bool?)true, (DateTime?)new DateTime(2026, 6, 15, 11, 0, 0), (long?)b.Ann),
            (m.RhiOfferedAt, m.RhiAccepted, m.RhiCompletedAt, m.RhiWorkerId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TwoWorkersRecordTheSameInterview_TheSecondIsToldAndNothingOfTheirsIsSaved(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        (LookedAfterBorough b, long episode) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        string formUrl = b.ChildUrl + "/missing/" + episode.ToString(CultureInfo.InvariantCulture) + "/return-home-interview";
        HttpClient first = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        HttpClient second = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        Dictionary<string, string> firstForm = await LookedAfterTestData.OpenFormAsync(first, formUrl);
        Dictionary<string, string> secondForm = await LookedAfterTestData.OpenFormAsync(second, formUrl);
        Dictionary<string, string> Fields(string time, string accepted) => new()
        {
            ["offeredDay"] = "15",
            ["offeredMonth"] = "6",
            ["offeredYear"] = "2026",
            ["offeredTime"] = time,
            ["accepted"] = accepted,
            ["worker"] = b.Ann.ToString(CultureInfo.InvariantCulture),
        };

        using (HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(first, formUrl, firstForm, Fields("09:00", "yes")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (HttpResponseMessage late = await LookedAfterTestData.SubmitAsync(second, formUrl, secondForm, Fields("10:15", "no")))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(late);
            Assert.Equal([EditConflicts.Message], errors);
            Assert.Equal("10:15", page.QuerySelector("#offered-time")?.GetAttribute("value"));
            Assert.True(page.QuerySelector("#accepted-1")?.HasAttribute("checked"));
            Assert.Equal("15 June 2026 at 09:00", page.QuerySelector("#episode-offered")?.TextContent.Trim());
        }

        await using AppDbContext check = app.OpenContext();
        MissingEpisode m = await check.MissingEpisodes.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateTime?)new DateTime(2026, 6, 15, 9, 0, 0), (bool?)true, (DateTime?)null), (m.RhiOfferedAt, m.RhiAccepted, m.RhiCompletedAt));
    }

    [Fact]
    public async Task TheInterview_NamesTheWorkerWhoRecordedIt_InTheEpisodeStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        (LookedAfterBorough b, long episode) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, b.Ann);
        string formUrl = b.ChildUrl + "/missing/" + episode.ToString(CultureInfo.InvariantCulture) + "/return-home-interview";

        using HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(client, formUrl, await LookedAfterTestData.OpenFormAsync(client, formUrl), new()
        {
            ["offeredDay"] = "15",
            ["offeredMonth"] = "6",
            ["offeredYear"] = "2026",
            ["offeredTime"] = "09:00",
            ["accepted"] = "no",
            ["worker"] = b.Ann.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Return home interview recorded: offered and declined.", (await WebTestApp.GetPageAsync(client, b.ChildUrl)).QuerySelector("#saved")?.TextContent.Trim());
        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.MissingEpisodes.SingleAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(LookedAfterBorough Borough, long Episode)> InsertAsync(WebTestApp app)
    {
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, lookedAfterSince: null);
        await using AppDbContext db = app.OpenContext();
        var episode = new MissingEpisode
        {
            ChildId = b.Lou,
            Kind = MissingKind.Missing,
            StartDate = new DateOnly(2026, 6, 13),
            EndDate = new DateOnly(2026, 6, 14),
            ReturnedAt = new DateTime(2026, 6, 14, 17, 30, 0),
        };
        db.MissingEpisodes.Add(episode);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (b, episode.Id);
    }
}
