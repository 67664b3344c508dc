using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Children.PlanForms;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Ending Zoe's child protection plan (physical abuse, from Monday 2 March 2026; a core group on Monday 8 June), as at
/// Monday 15 June.
/// </summary>
public sealed class EndCpPlanPageTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TheWorkerEndsThePlanWithAReason_AndAFormOpenedBeforeSavesNothing(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        ChildProtectionPlan? cp = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cp = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 3, 2), InitialCategory = "PHY", LatestCategory = "PHY" };
            db.AddRange(cp, new CoreGroupMeeting { ChildProtectionPlan = cp, Date = new DateOnly(2026, 6, 8) });
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient ann1 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        HttpClient ann2 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = ChildUrl(zoe);
        string formUrl = (await WebTestApp.GetPageAsync(ann1, childUrl)).QuerySelector("a[data-action='end-cp-plan']")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/cp-plans/" + cp!.Id.ToString(CultureInfo.InvariantCulture) + "/end", formUrl);
        (string token2, string? version2) = await OpenAsync(ann2, formUrl);

        IHtmlDocument refused = await RefusedAsync(ann1, formUrl, Date("2", "3"));
        Assert.Equal(["The date the plan ended must be after it started (2 March 2026)", "Select why the plan ended"], Summary(refused));
        Assert.Equal("2", refused.QuerySelector("#end-day")?.GetAttribute("value"));
        IHtmlDocument beforeCoreGroup = await RefusedAsync(ann1, formUrl, Date("5").With("reason", "Reached 18"));
        Assert.Equal(["The date the plan ended must be on or after its latest review conference or core group (8 June 2026)"], Summary(beforeCoreGroup));
        Assert.NotNull(beforeCoreGroup.QuerySelector("input[name='reason'][value='Reached 18'][checked]"));

        await SavedAsync(ann1, formUrl, Date("12").With("reason", "No longer at risk of significant harm"));
        IHtmlDocument child = await WebTestApp.GetPageAsync(ann1, childUrl);
        Assert.Equal("Child protection plan ended: no longer at risk of significant harm.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Null(child.QuerySelector("#cp-plan"));
        Assert.Contains("Reason: No longer at risk of significant harm", child.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);

        using (HttpResponseMessage late = await PostOpenedAsync(ann2, formUrl, token2, version2, Date("15").With("reason", "Moved to another local authority")))
        {
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            IHtmlDocument page = WebTestApp.Parse(await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal([EditConflicts.Message], Summary(page));
            Assert.Equal("15", page.QuerySelector("#end-day")?.GetAttribute("value"));
            Assert.NotNull(page.QuerySelector("input[name='reason'][value='Moved to another local authority'][checked]"));
        }

        await using AppDbContext check = app.OpenContext();
        ChildProtectionPlan plan = await check.ChildProtectionPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), "No longer at risk of significant harm"), (plan.EndDate, plan.EndReason));
        Assert.Empty(await check.CinPlans.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheEndOfThePlan_NamesTheWorkerWhoRecordedIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        ChildProtectionPlan? cp = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cp = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 3, 2), InitialCategory = "PHY", LatestCategory = "PHY" };
            db.Add(cp);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await SavedAsync(client, ChildUrl(zoe) + "/cp-plans/" + cp!.Id.ToString(CultureInfo.InvariantCulture) + "/end",
            Date("12").With("reason", EndChildProtectionPlan.StepDown));

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.ChildProtectionPlans.SingleAsync(TestContext.Current.CancellationToken));
        await RecordedBy.AssertAsync(db, userName, await db.CinPlans.SingleAsync(TestContext.Current.CancellationToken));
    }
}
