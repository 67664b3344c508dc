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
/// Recording that Lou ceased to be looked after, as at Monday 15 June 2026: looked after since Friday 1 May 2026 (see
/// <see cref="LookedAfterTestData"/>).
/// </summary>
public sealed class EndPeriodOfCarePageTests(PostgresServer postgres)
{
    [Fact]
    public async Task TheWorkerRecordsTheEndOfCare_TheEpisodeAndThePeriodEnd_AndTheChildLeavesTheLookedAfterTrackers()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        string formUrl = (await WebTestApp.GetPageAsync(client, b.ChildUrl)).QuerySelector("#record-care-end")!.GetAttribute("href")!;
        Dictionary<string, string> opened = await LookedAfterTestData.OpenFormAsync(client, formUrl);

        using (HttpResponseMessage refused = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["day"] = "30",
            ["month"] = "4",
            ["year"] = "2026",
            ["reason"] = "X1",
        }))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(
                [
                    "The date the child ceased to be looked after must be on or after the current episode started (1 May 2026)",
                    "Select the reason the child ceased to be looked after",
                ],
                errors);
            Assert.Equal("30", page.QuerySelector("#end-day")?.GetAttribute("value"));
        }

        using (HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["reason"] = "E13",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        IHtmlDocument child = await WebTestApp.GetPageAsync(client, b.ChildUrl);
        Assert.StartsWith("Ceased to be looked after on 12 June 2026 recorded", child.QuerySelector("#saved")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(child.QuerySelector("#looked-after"));
        Assert.Contains("Ceased to be looked after", child.QuerySelector("#chronology-table")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(child.QuerySelector("#record-care-start"));
        Assert.DoesNotContain("LOU1", await client.GetStringAsync("/trackers/reviews", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await using AppDbContext check = app.OpenContext();
        CareEpisode episode = await check.CareEpisodes.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), (string?)"E13"), (episode.EndDate, episode.ReasonEpisodeCeased));
        Assert.Equal(new DateOnly(2026, 6, 12), (await check.PeriodsOfCare.SingleAsync(TestContext.Current.CancellationToken)).EndDate);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TwoWorkersEndTheSameEpisode_TheSecondIsToldAndNothingOfTheirsIsSaved(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        string formUrl = b.ChildUrl + "/looked-after/end";
        HttpClient first = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        HttpClient second = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        Dictionary<string, string> firstForm = await LookedAfterTestData.OpenFormAsync(first, formUrl);
        Dictionary<string, string> secondForm = await LookedAfterTestData.OpenFormAsync(second, formUrl);
        Dictionary<string, string> Fields(string day, string reason) => new() { ["day"] = day, ["month"] = "6", ["year"] = "2026", ["reason"] = reason };

        using (HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(first, formUrl, firstForm, Fields("12", "E13")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (HttpResponseMessage late = await LookedAfterTestData.SubmitAsync(second, formUrl, secondForm, Fields("13", "E11")))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(late);
            Assert.Equal([EditConflicts.Message], errors);
            Assert.NotNull(page.QuerySelector("#not-looked-after"));
        }

        await using AppDbContext check = app.OpenContext();
        CareEpisode episode = await check.CareEpisodes.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), (string?)"E13"), (episode.EndDate, episode.ReasonEpisodeCeased));
        Assert.Equal(new DateOnly(2026, 6, 12), (await check.PeriodsOfCare.SingleAsync(TestContext.Current.CancellationToken)).EndDate);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AChangeOfLegalStatusAfterTheFormWasOpened_RefusesTheEnd_AndKeepsWhatWasTyped(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        string formUrl = b.ChildUrl + "/looked-after/end", changeUrl = b.ChildUrl + "/looked-after/change";
        HttpClient first = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        HttpClient second = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        Dictionary<string, string> secondForm = await LookedAfterTestData.OpenFormAsync(second, formUrl);
        using (HttpResponseMessage changed = await LookedAfterTestData.SubmitAsync(first, changeUrl, await LookedAfterTestData.OpenFormAsync(first, changeUrl), new()
        {
            ["day"] = "10",
            ["month"] = "6",
            ["year"] = "2026",
            ["changes"] = "legal-status",
            ["legalStatus"] = "C1",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using (HttpResponseMessage late = await LookedAfterTestData.SubmitAsync(second, formUrl, secondForm, new() { ["day"] = "12", ["month"] = "6", ["year"] = "2026", ["reason"] = "E13" }))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(late);
            Assert.Equal([EditConflicts.Message], errors);
            Assert.Equal("12", page.QuerySelector("#end-day")?.GetAttribute("value"));
            Assert.Equal("E13", page.QuerySelector("#reason option[selected]")?.GetAttribute("value"));
            Assert.Equal("Interim care order (C1)", page.QuerySelector("#current-legal-status")?.TextContent.Trim());
        }

        await using AppDbContext check = app.OpenContext();
        Assert.Null((await check.PeriodsOfCare.SingleAsync(TestContext.Current.CancellationToken)).EndDate);
        Assert.DoesNotContain(await check.CareEpisodes.ToListAsync(TestContext.Current.CancellationToken), e => e.ReasonEpisodeCeased == "E13");
    }

    [Fact]
    public async Task TheEnd_NamesTheWorkerWhoRecordedIt_InTheEpisodeAndPeriodStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, b.Ann);
        string formUrl = b.ChildUrl + "/looked-after/end";

        using HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(client, formUrl, await LookedAfterTestData.OpenFormAsync(client, formUrl), new()
        {
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["reason"] = "E13",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.CareEpisodes.SingleAsync(TestContext.Current.CancellationToken));
        await RecordedBy.AssertAsync(db, userName, await db.PeriodsOfCare.SingleAsync(TestContext.Current.CancellationToken));
    }
}
