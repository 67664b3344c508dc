using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Audit;

/// <summary>
/// The pages that show or hand out children's data record it: a child's page, a search, a list, a tracker's CSV, a
/// return; and a refused request for a child's record is recorded with who asked and for which child.
/// </summary>
public sealed class RecordedViewsTests
{
    private static async Task<(WebTestApp App, HttpClient Client, long ChildId)> StartAsync()
    {
        WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long childId;
        await using (AppDbContext db = app.OpenContext())
        {
            var child = new Child { LaChildId = "C77", FirstName = "Nia", LastName = "Okafor", DateOfBirth = new DateOnly(2015, 3, 1) };
            db.Children.Add(child);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            childId = child.Id;
        }

        return (app, app.StartWithoutDemo(), childId);
    }

    private static async Task<List<AuditEntry>> EventsAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action != AuditAction.Create && e.Action != AuditAction.SignIn)
            .OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ChildPage_RecordsAView()
    {
        var (app, client, childId) = await StartAsync();
        await using WebTestApp _ = app;

        await WebTestApp.GetPageAsync(client, $"/children/{childId}");

        AuditEntry view = Assert.Single(await EventsAsync(app));
        Assert.Equal((AuditAction.View, "Child", childId), (view.Action, view.EntityType, view.ChildId!.Value));
        Assert.StartsWith("test.performanceanalyst.", view.UserName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownChild_RecordsNothing()
    {
        var (app, client, childId) = await StartAsync();
        await using WebTestApp _ = app;

        using HttpResponseMessage response = await client.GetAsync($"/children/{childId + 1}", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await EventsAsync(app));
    }

    [Fact]
    public async Task Search_RecordsTheTermsAndHowManyFound()
    {
        var (app, client, childId) = await StartAsync();
        await using WebTestApp _ = app;

        await WebTestApp.GetPageAsync(client, "/children?q=okafor");

        // The search, then the view of the results it listed.
        List<AuditEntry> events = await EventsAsync(app);
        Assert.Equal([AuditAction.Search, AuditAction.View], events.Select(e => e.Action));
        Assert.Equal("""{"terms":"okafor","results":1}""", events[0].Details);
        Assert.Equal(("Child", childId, """{"page":"/children"}"""), (events[1].EntityType, events[1].ChildId!.Value, events[1].Details));
    }

    [Fact]
    public async Task RefusedRequestsForAChild_AreRecordedWithWhoAndWhichChild()
    {
        var (app, _, childId) = await StartAsync();
        await using WebTestApp _ = app;
        HttpClient worker = app.NewClient();
        string workerName = await app.SignInAsync(worker, StaffRole.SocialWorker);
        HttpClient admin = app.NewClient();
        string adminName = await app.SignInAsync(admin, StaffRole.SystemAdministrator);
        string child = childId.ToString(CultureInfo.InvariantCulture);

        // Nia is allocated to nobody: out of the social worker's scope (the record's page and a form about her),
        // and an administrator's role sees no child's record at all (refused by the page's policy).
        foreach ((HttpClient client, string url) in new[] { (worker, $"/children/{child}"), (worker, $"/children/{child}/visits/new"), (admin, $"/children/{child}") })
        {
            using HttpResponseMessage response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(
            [
                (AuditAction.Refused, workerName, "Child", childId, $$"""{"page":"/children/{{child}}"}"""),
                (AuditAction.Refused, workerName, "Child", childId, $$"""{"page":"/children/{{child}}/visits/new"}"""),
                (AuditAction.Refused, adminName, "Child", childId, $$"""{"page":"/children/{{child}}"}"""),
            ],
            (await EventsAsync(app)).Select(e => (e.Action, e.UserName, e.EntityType!, e.ChildId!.Value, e.Details!)));
    }

    [Fact]
    public async Task AListPage_RecordsOneViewNamingEveryChildListed_WhichTheAuditTrailFindsByChild()
    {
        var (app, _, nia) = await StartAsync();
        await using WebTestApp _ = app;
        long kai, workerId;
        await using (AppDbContext db = app.OpenContext())
        {
            var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
            var worker = new Worker { StaffNumber = "W1", FirstName = "Wyn", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = true };
            var child = new Child { LaChildId = "C78", FirstName = "Kai", LastName = "Okafor", DateOfBirth = new DateOnly(2016, 4, 1) };
            db.AddRange(team, worker, child,
                new Allocation { ChildId = nia, Team = team, Worker = worker, StartDate = new DateOnly(2026, 1, 1) },
                new Allocation { Child = child, Team = team, Worker = worker, StartDate = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (kai, workerId) = (child.Id, worker.Id);
        }

        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.SocialWorker, workerId);
        await WebTestApp.GetPageAsync(client, "/caseload");

        AuditEntry view = Assert.Single(await EventsAsync(app));
        Assert.Equal((AuditAction.View, userName, (long?)null), (view.Action, view.UserName, view.ChildId));
        Assert.Equal($$"""{"page":"/caseload","children":[{{nia}},{{kai}}]}""", view.Details);
        await using AppDbContext read = app.OpenContext();
        foreach (long child in new[] { nia, kai })
        {
            Assert.Contains(view.Sequence, (await ListAuditEntries.RunAsync(read, new AuditQuery(ChildId: child), TestContext.Current.CancellationToken)).Select(e => e.Sequence));
        }
    }

    [Fact]
    public async Task TrackerCsv_RecordsAnExport()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        using HttpResponseMessage response = await client.GetAsync("/trackers/visits?handler=csv", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        AuditEntry export = Assert.Single(await EventsAsync(app));
        Assert.Equal(AuditAction.Export, export.Action);
        Assert.Equal("""{"what":"tracker visits","file":"visits-2026-06-15.csv","rows":0}""", export.Details);
    }

    [Fact]
    public async Task ReturnDownload_RecordsAnExport()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        using HttpResponseMessage response = await client.GetAsync("/returns/download/cin-census?year=2025", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        AuditEntry export = Assert.Single(await EventsAsync(app));
        Assert.Equal(AuditAction.Export, export.Action);
        Assert.StartsWith("""{"what":"CinCensus","file":"CIN_census_""", export.Details, StringComparison.Ordinal);
    }
}
