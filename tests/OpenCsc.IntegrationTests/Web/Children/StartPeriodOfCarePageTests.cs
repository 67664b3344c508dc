using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>Recording that Lou became looked after, as at Monday 15 June 2026 (see <see cref="LookedAfterTestData"/>).</summary>
public sealed class StartPeriodOfCarePageTests
{
    [Fact]
    public async Task TheWorkerRecordsTheStartOfCare_APeriodAndItsFirstEpisodeOpen_AndASecondStartIsRefused()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, lookedAfterSince: null);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        string formUrl = (await WebTestApp.GetPageAsync(client, b.ChildUrl)).QuerySelector("#record-care-start")!.GetAttribute("href")!;
        Assert.Equal(b.ChildUrl + "/looked-after/start", formUrl);

        Dictionary<string, string> Fields(string day, string legalStatus, string placement, string provider) => new()
        {
            ["day"] = day,
            ["month"] = "6",
            ["year"] = "2026",
            ["legalStatus"] = legalStatus,
            ["categoryOfNeed"] = "N1",
            ["placement"] = placement,
            ["provider"] = provider,
        };
        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(client, formUrl, formUrl, Fields("16", "", "T1", "PR1")))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(
                [
                    "The date the child became looked after must be today or in the past",
                    "Select the child's legal status",
                    "Select no provider: this placement type has no placement provider",
                ],
                errors);
            Assert.Equal("16", page.QuerySelector("#start-day")?.GetAttribute("value"));
            Assert.Equal("T1", page.QuerySelector("#placement option[selected]")?.GetAttribute("value"));
            Assert.Equal("N1", page.QuerySelector("#category-of-need option[selected]")?.GetAttribute("value"));
        }

        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, Fields("10", "C1", "U3", "PR1")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        IHtmlDocument child = await WebTestApp.GetPageAsync(client, b.ChildUrl);
        Assert.Equal("Looked after from 10 June 2026 recorded: Interim care order (C1), Foster placement with relative or friend: not long-term or fostering for adoption (U3).",
            child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Equal("Interim care order (C1)", child.QuerySelector("#legal-status")?.TextContent.Trim());
        Assert.Contains("Became looked after", child.QuerySelector("#chronology-table")?.TextContent, StringComparison.Ordinal);
        string due = child.QuerySelector("#due-table")!.TextContent;
        Assert.Contains("CLA review", due, StringComparison.Ordinal);
        Assert.Contains("Initial health assessment", due, StringComparison.Ordinal);
        Assert.NotNull(child.QuerySelector("#record-care-change"));
        Assert.Null(child.QuerySelector("#record-care-start"));

        await using (AppDbContext check = app.OpenContext())
        {
            PeriodOfCare period = await check.PeriodsOfCare.Include(p => p.Episodes).SingleAsync(TestContext.Current.CancellationToken);
            CareEpisode episode = Assert.Single(period.Episodes);
            Assert.Equal((b.Lou, new DateOnly(2026, 6, 10), (DateOnly?)null), (period.ChildId, period.StartDate, period.EndDate));
            Assert.Equal((new DateOnly(2026, 6, 10), "S", "C1", "N1", "U3", "PR1", (DateOnly?)null),
                (episode.StartDate, episode.ReasonForNewEpisode, episode.LegalStatus, episode.CategoryOfNeed, episode.PlacementType, episode.PlacementProvider, episode.EndDate));
        }

        Assert.NotNull((await WebTestApp.GetPageAsync(client, formUrl)).QuerySelector("#already-looked-after"));
        // The page offers no form now; a form opened before (any token of the session) is refused.
        using (HttpResponseMessage again = await WebTestApp.PostFormAsync(client, formUrl, formUrl, Fields("12", "C2", "U3", "PR1")))
        {
            var (_, errors) = await LookedAfterTestData.ProblemsAsync(again);
            Assert.Equal(["The child is already looked after (since 10 June 2026): record a change of legal status or placement instead"], errors);
        }

        await using AppDbContext after = app.OpenContext();
        Assert.Equal(1, await after.PeriodsOfCare.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await after.CareEpisodes.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheStartOfCare_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, lookedAfterSince: null);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, b.Ann);
        string formUrl = b.ChildUrl + "/looked-after/start";

        using HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["day"] = "10",
            ["month"] = "6",
            ["year"] = "2026",
            ["legalStatus"] = "C1",
            ["categoryOfNeed"] = "N1",
            ["placement"] = "U3",
            ["provider"] = "PR1",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        PeriodOfCare period = await db.PeriodsOfCare.Include(p => p.Episodes).SingleAsync(TestContext.Current.CancellationToken);
        await RecordedBy.AssertAsync(db, userName, period);
        await RecordedBy.AssertAsync(db, userName, Assert.Single(period.Episodes));
    }
}
