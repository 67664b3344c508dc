using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Recording a missing episode as at 12:00 on Monday 15 June 2026: Mia, Ann's child, went missing on Saturday 13 June
/// and came back at 17:30 on Sunday 14 June; her return home interview is due within 72 hours of that.
/// </summary>
public sealed class RecordMissingEpisodePageTests
{
    [Fact]
    public async Task TheWorkerRecordsTheEpisodeAndTheReturn_AndTheReturnHomeInterviewIsDue()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (mia, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = "/children/" + mia.ToString(CultureInfo.InvariantCulture);
        string formUrl = (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#record-missing")!.GetAttribute("href")!;

        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["day"] = "13",
            ["month"] = "6",
            ["year"] = "2026",
            ["returnDay"] = "12",
            ["returnMonth"] = "6",
            ["returnYear"] = "2026",
            ["returnTime"] = "25:00",
        }))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(
                [
                    "Select whether the child was missing or absent",
                    "Enter the time the child came back as hours and minutes, for example 17:30",
                    "The day the child came back must be on or after the day they went missing",
                ],
                page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
            Assert.Equal("25:00", page.QuerySelector("#return-time")?.GetAttribute("value"));
        }

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["kind"] = "Missing",
            ["day"] = "13",
            ["month"] = "6",
            ["year"] = "2026",
            ["returnDay"] = "14",
            ["returnMonth"] = "6",
            ["returnYear"] = "2026",
            ["returnTime"] = "17:30",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("Missing episode from 13 June 2026 recorded: offer a return home interview within 72 hours of the return.",
            (await WebTestApp.GetPageAsync(client, childUrl)).QuerySelector("#saved")?.TextContent.Trim());
        await using AppDbContext check = app.OpenContext();
        MissingEpisode episode = await check.MissingEpisodes.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((MissingKind.Missing, new DateOnly(2026, 6, 13), (DateOnly?)new DateOnly(2026, 6, 14), (DateTime?)new DateTime(2026, 6, 14, 17, 30, 0)),
            (episode.Kind, episode.StartDate, episode.EndDate, episode.ReturnedAt));
        Assert.Contains("MIA1", await client.GetStringAsync("/trackers/rhi", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEpisode_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (mia, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);
        string formUrl = "/children/" + mia.ToString(CultureInfo.InvariantCulture) + "/missing/new";

        using HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new() { ["kind"] = "Absent", ["day"] = "13", ["month"] = "6", ["year"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.MissingEpisodes.SingleAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Mia (born 2 February 2011), allocated to Ann of Team A since 1 January 2026.</summary>
    private static async Task<(long Mia, long Ann)> InsertAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var child = new Child { LaChildId = "MIA1", FirstName = "Mia", LastName = "Missing", DateOfBirth = new DateOnly(2011, 2, 2) };
        db.AddRange(team, ann, child, new Allocation { Child = child, Team = team, Worker = ann, StartDate = new DateOnly(2026, 1, 1) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (child.Id, ann.Id);
    }
}
