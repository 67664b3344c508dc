using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Children.PlanForms;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Review conferences of Zoe's child protection plan (emotional abuse, from Monday 2 March 2026), as at Monday 15 June.
/// </summary>
public sealed class RecordCpReviewPageTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AReviewContinuesThePlanWithANewCategory_AnotherEndsItStepDown_AndAFormOpenedBeforeThatSavesNothing(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        ChildProtectionPlan? cp = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cp = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 3, 2), InitialCategory = "EMO", LatestCategory = "EMO" };
            db.Add(cp);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient ann1 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        HttpClient ann2 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = ChildUrl(zoe);
        string formUrl = (await WebTestApp.GetPageAsync(ann1, childUrl)).QuerySelector("a[data-action='cp-review']")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/cp-plans/" + cp!.Id.ToString(CultureInfo.InvariantCulture) + "/reviews/new", formUrl);
        Assert.NotNull((await WebTestApp.GetPageAsync(ann1, formUrl)).QuerySelector("input[name='category'][value='EMO'][checked]"));

        IHtmlDocument refused = await RefusedAsync(ann1, formUrl, Date("2", "3").With("decision", "end").With("category", "EMO"));
        Assert.Equal(["The date of the review conference must be after the plan started (2 March 2026)", "Select why the plan ended"], Summary(refused));
        Assert.Equal("3", refused.QuerySelector("#date-month")?.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("input[name='decision'][value='end'][checked]"));

        await SavedAsync(ann1, formUrl, Date("1").With("decision", "continue").With("category", "MUL"));
        IHtmlDocument child = await WebTestApp.GetPageAsync(ann1, childUrl);
        Assert.Equal("Review conference on 1 June 2026 recorded: the plan continues (multiple/not recommended).", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Equal("Multiple/not recommended (MUL)", child.QuerySelector("#cp-plan-category")?.TextContent.Trim());
        Assert.Contains("Child protection review conference", child.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);

        IHtmlDocument twice = await RefusedAsync(ann1, formUrl, Date("1").With("decision", "continue").With("category", "MUL"));
        Assert.Equal(["A review conference on 1 June 2026 is already recorded"], Summary(twice));

        // The second session opens the form, then the first records the review that ends the plan.
        (string token2, string? version2) = await OpenAsync(ann2, formUrl);
        await SavedAsync(ann1, formUrl, Date("12").With("decision", "end").With("category", "MUL").With("endReason", EndChildProtectionPlan.StepDown));
        child = await WebTestApp.GetPageAsync(ann1, childUrl);
        Assert.Equal("Review conference on 12 June 2026 recorded: the child protection plan ended that day and a child in need plan started.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Null(child.QuerySelector("#cp-plan"));
        Assert.NotNull(child.QuerySelector("#cin-plan"));

        using (HttpResponseMessage late = await PostOpenedAsync(ann2, formUrl, token2, version2, Date("12").With("decision", "continue").With("category", "NEG")))
        {
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            IHtmlDocument page = WebTestApp.Parse(await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal([EditConflicts.Message], Summary(page));
            Assert.NotNull(page.QuerySelector("input[name='category'][value='NEG'][checked]"));
            Assert.Contains("12 June 2026: " + EndChildProtectionPlan.StepDown, page.QuerySelector("#plan-ended")!.TextContent, StringComparison.Ordinal);
        }

        await using AppDbContext check = app.OpenContext();
        ChildProtectionPlan plan = await check.ChildProtectionPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("EMO", "MUL", (DateOnly?)new DateOnly(2026, 6, 12), EndChildProtectionPlan.StepDown),
            (plan.InitialCategory, plan.LatestCategory, plan.EndDate, plan.EndReason));
        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 12)],
            await check.CpReviewConferences.OrderBy(r => r.Date).Select(r => r.Date).ToListAsync(TestContext.Current.CancellationToken));
        CinPlan cin = await check.CinPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((new DateOnly(2026, 6, 12), (DateOnly?)null), (cin.StartDate, cin.EndDate));
    }

    [Fact]
    public async Task TheReview_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        ChildProtectionPlan? cp = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cp = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 3, 2), InitialCategory = "EMO", LatestCategory = "EMO" };
            db.Add(cp);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await SavedAsync(client, ChildUrl(zoe) + "/cp-plans/" + cp!.Id.ToString(CultureInfo.InvariantCulture) + "/reviews/new",
            Date("1").With("decision", "continue").With("category", "MUL"));

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.CpReviewConferences.SingleAsync(TestContext.Current.CancellationToken));
        await RecordedBy.AssertAsync(db, userName, await db.ChildProtectionPlans.SingleAsync(TestContext.Current.CancellationToken));
    }
}
