using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Children.PlanForms;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>Ending Zoe's child in need plan (from Sunday 10 May 2026), as at Monday 15 June.</summary>
public sealed class EndCinPlanPageTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TheWorkerEndsThePlanWithAReason_AndAFormOpenedBeforeSavesNothing(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        CinPlan? cin = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cin = new CinPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 5, 10) };
            db.Add(cin);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient ann1 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        HttpClient ann2 = await app.ClientAsync(StaffRole.SocialWorker, ann);
        string childUrl = ChildUrl(zoe);
        string formUrl = (await WebTestApp.GetPageAsync(ann1, childUrl)).QuerySelector("a[data-action='end-cin-plan']")!.GetAttribute("href")!;
        Assert.Equal(childUrl + "/cin-plans/" + cin!.Id.ToString(CultureInfo.InvariantCulture) + "/end", formUrl);
        (string token2, string? version2) = await OpenAsync(ann2, formUrl);

        IHtmlDocument refused = await RefusedAsync(ann1, formUrl, Date("9", "5").With("reason", "Outcomes of the plan achieved"));
        Assert.Equal(["The date the plan ended must be on or after it started (10 May 2026)"], Summary(refused));
        Assert.Equal("9", refused.QuerySelector("#end-day")?.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("input[name='reason'][value='Outcomes of the plan achieved'][checked]"));
        IHtmlDocument future = await RefusedAsync(ann1, formUrl, Date("16").With("reason", "Not a reason"));
        Assert.Equal(["The date the plan ended must be today or in the past", "Select why the plan ended"], Summary(future));

        await SavedAsync(ann1, formUrl, Date("12").With("reason", "Stepped down to early help"));
        IHtmlDocument child = await WebTestApp.GetPageAsync(ann1, childUrl);
        Assert.Equal("Child in need plan ended: stepped down to early help.", child.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Null(child.QuerySelector("#cin-plan"));
        Assert.Contains("Reason: Stepped down to early help", child.QuerySelector("#chronology-table")!.TextContent, StringComparison.Ordinal);

        using (HttpResponseMessage late = await PostOpenedAsync(ann2, formUrl, token2, version2, Date("15").With("reason", "Reached 18")))
        {
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            IHtmlDocument page = WebTestApp.Parse(await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal([EditConflicts.Message], Summary(page));
            Assert.Equal("15", page.QuerySelector("#end-day")?.GetAttribute("value"));
            Assert.NotNull(page.QuerySelector("input[name='reason'][value='Reached 18'][checked]"));
        }

        await using AppDbContext check = app.OpenContext();
        CinPlan plan = await check.CinPlans.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), "Stepped down to early help"), (plan.EndDate, plan.EndReason));
    }

    [Fact]
    public async Task TheEnd_NamesTheWorkerWhoRecordedIt_InThePlansStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        CinPlan? cin = null;
        (long zoe, long ann) = await InsertZoeAsync(app, (db, child, episode) =>
        {
            cin = new CinPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 5, 10) };
            db.Add(cin);
        });
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, ann);

        await SavedAsync(client, ChildUrl(zoe) + "/cin-plans/" + cin!.Id.ToString(CultureInfo.InvariantCulture) + "/end", Date("12").With("reason", "Reached 18"));

        await using AppDbContext db = app.OpenContext();
        await RecordedBy.AssertAsync(db, userName, await db.CinPlans.SingleAsync(TestContext.Current.CancellationToken));
    }
}
