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
/// Recording changes to Lou's legal status and placement, as at Monday 15 June 2026: Lou has been looked after since
/// Friday 1 May 2026, accommodated under section 20 (V2) with a relative (U3, PR1) (see <see cref="LookedAfterTestData"/>).
/// </summary>
public sealed class ChangeLegalStatusOrPlacementPageTests(PostgresServer postgres)
{
    [Fact]
    public async Task APlacementMoveThenALegalStatusChange_EndTheOpenEpisodeWithX1_AndOpenEpisodesPThenL()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        string formUrl = (await WebTestApp.GetPageAsync(client, b.ChildUrl)).QuerySelector("#record-care-change")!.GetAttribute("href")!;
        Assert.Equal(b.ChildUrl + "/looked-after/change", formUrl);

        Dictionary<string, string> opened = await LookedAfterTestData.OpenFormAsync(client, formUrl);
        using (HttpResponseMessage refused = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["day"] = "1",
            ["month"] = "5",
            ["year"] = "2026",
            ["changes"] = "legal-status",
            ["legalStatus"] = "V2",
            ["reason"] = "CARPL",
        }))
        {
            var (page, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(
                [
                    "The date of the change must be after the current episode started (1 May 2026)",
                    "The legal status is already Single period of accommodation under section 20 (Children Act 1989) (V2): select the new one",
                ],
                errors);
            Assert.Equal("1", page.QuerySelector("#change-day")?.GetAttribute("value"));
            Assert.True(page.QuerySelector("#changes")?.HasAttribute("checked"));
            Assert.Equal("CARPL", page.QuerySelector("#reason option[selected]")?.GetAttribute("value"));
        }

        using (HttpResponseMessage refused = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["day"] = "10",
            ["month"] = "6",
            ["year"] = "2026",
            ["placement"] = "U4",
        }))
        {
            var (_, errors) = await LookedAfterTestData.ProblemsAsync(refused);
            Assert.Equal(["Select what changed: the legal status, the placement, or both"], errors);
        }

        using (HttpResponseMessage moved = await LookedAfterTestData.SubmitAsync(client, formUrl, opened, new()
        {
            ["day"] = "10",
            ["month"] = "6",
            ["year"] = "2026",
            ["changes"] = "placement",
            ["placement"] = "U4",
            ["provider"] = "PR1",
            ["carers"] = "new",
            ["reason"] = "CARPL",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        Assert.StartsWith("Change of placement and carer(s) only from 10 June 2026 recorded",
            (await WebTestApp.GetPageAsync(client, b.ChildUrl)).QuerySelector("#saved")?.TextContent.Trim(), StringComparison.Ordinal);

        using (HttpResponseMessage legal = await LookedAfterTestData.SubmitAsync(client, formUrl, await LookedAfterTestData.OpenFormAsync(client, formUrl), new()
        {
            ["day"] = "12",
            ["month"] = "6",
            ["year"] = "2026",
            ["changes"] = "legal-status",
            ["legalStatus"] = "C1",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, legal.StatusCode);
        }

        IHtmlDocument child = await WebTestApp.GetPageAsync(client, b.ChildUrl);
        Assert.Equal("Interim care order (C1)", child.QuerySelector("#legal-status")?.TextContent.Trim());
        Assert.Equal("Foster placement with other foster carer: long-term fostering (U4)", child.QuerySelector("#placement")?.TextContent.Trim());

        await using AppDbContext check = app.OpenContext();
        var episodes = await check.CareEpisodes.OrderBy(e => e.StartDate).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [
                (new DateOnly(2026, 5, 1), (DateOnly?)new DateOnly(2026, 6, 10), "S", "V2", "U3", (string?)"PR1", (string?)"X1", (string?)"CARPL", (string?)"N1 1AA"),
                (new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 12), "P", "V2", "U4", "PR1", "X1", null, null),
                (new DateOnly(2026, 6, 12), null, "L", "C1", "U4", "PR1", null, null, null),
            ],
            episodes.Select(e => (e.StartDate, e.EndDate, e.ReasonForNewEpisode, e.LegalStatus, e.PlacementType, e.PlacementProvider, e.ReasonEpisodeCeased, e.ReasonForPlacementChange, e.PlacementPostcode)));
        Assert.All(episodes, e => Assert.Equal(("N1", episodes[0].PeriodOfCareId), (e.CategoryOfNeed, e.PeriodOfCareId)));
        Assert.Null((await check.PeriodsOfCare.SingleAsync(TestContext.Current.CancellationToken)).EndDate);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TwoWorkersChangeTheSameEpisode_TheSecondIsToldAndNothingOfTheirsIsSaved_ThenSavesOnWhatIsThereNow(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        string formUrl = b.ChildUrl + "/looked-after/change";
        HttpClient first = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        HttpClient second = await app.ClientAsync(StaffRole.SocialWorker, b.Ann);
        Dictionary<string, string> firstForm = await LookedAfterTestData.OpenFormAsync(first, formUrl);
        Dictionary<string, string> secondForm = await LookedAfterTestData.OpenFormAsync(second, formUrl);

        using (HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(first, formUrl, firstForm, new()
        {
            ["day"] = "10",
            ["month"] = "6",
            ["year"] = "2026",
            ["changes"] = "legal-status",
            ["legalStatus"] = "C1",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var secondFields = new Dictionary<string, string>
        {
            ["day"] = "11",
            ["month"] = "6",
            ["year"] = "2026",
            ["changes"] = "placement",
            ["placement"] = "U4",
            ["provider"] = "PR1",
            ["carers"] = "new",
            ["reason"] = "CARPL",
        };
        IHtmlDocument conflict;
        using (HttpResponseMessage late = await LookedAfterTestData.SubmitAsync(second, formUrl, secondForm, secondFields))
        {
            (conflict, string[] errors) = await LookedAfterTestData.ProblemsAsync(late);
            Assert.Equal([OpenCsc.Data.EditConflicts.Message], errors);
            Assert.Equal("11", conflict.QuerySelector("#change-day")?.GetAttribute("value"));
            Assert.Equal("U4", conflict.QuerySelector("#placement option[selected]")?.GetAttribute("value"));
            Assert.Equal("Interim care order (C1)", conflict.QuerySelector("#current-legal-status")?.TextContent.Trim());
        }

        await using (AppDbContext check = app.OpenContext())
        {
            var episodes = await check.CareEpisodes.OrderBy(e => e.StartDate).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal([("S", "U3", (string?)null), ("L", "U3", null)], episodes.Select(e => (e.ReasonForNewEpisode, e.PlacementType, e.ReasonForPlacementChange)));
        }

        // The form now carries the record as it is: saving again records the move after the change of legal status.
        var refreshed = conflict.QuerySelectorAll($"form[action='{formUrl}'] input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "", StringComparer.Ordinal);
        using (HttpResponseMessage again = await LookedAfterTestData.SubmitAsync(second, formUrl, refreshed, secondFields))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        await using AppDbContext after = app.OpenContext();
        Assert.Equal(["S", "L", "P"], await after.CareEpisodes.OrderBy(e => e.StartDate).Select(e => e.ReasonForNewEpisode).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheChange_NamesTheWorkerWhoRecordedIt_InBothEpisodesStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        LookedAfterBorough b = await LookedAfterTestData.InsertAsync(app, new DateOnly(2026, 5, 1));
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, b.Ann);
        string formUrl = b.ChildUrl + "/looked-after/change";

        using HttpResponseMessage saved = await LookedAfterTestData.SubmitAsync(client, formUrl, await LookedAfterTestData.OpenFormAsync(client, formUrl), new()
        {
            ["day"] = "10",
            ["month"] = "6",
            ["year"] = "2026",
            ["changes"] = "legal-status",
            ["legalStatus"] = "C1",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        List<CareEpisode> episodes = await db.CareEpisodes.OrderBy(e => e.StartDate).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, episodes.Count);
        await RecordedBy.AssertAsync(db, userName, episodes[0]);
        await RecordedBy.AssertAsync(db, userName, episodes[1]);
    }
}
