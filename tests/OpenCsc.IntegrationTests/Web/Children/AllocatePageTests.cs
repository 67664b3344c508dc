using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Reallocating as at 15 June 2026: Cal is held by Ann (Team A) since 1 June. Tess manages Team A (Ann, Amir); Hal
/// heads the service; Bob is in Team B, another service.
/// </summary>
public sealed class AllocatePageTests(PostgresServer postgres)
{
    private static async Task<(long Cal, long Tess, long Hal, long Amir, long Bob, long Ann)> InsertAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var service = new Service { Name = "North" };
        var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = service };
        var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "South" } };
        Worker W(string first, WorkerRole role, Team team) => new() { StaffNumber = first.ToUpperInvariant(), FirstName = first, LastName = "Staff", Role = role, Team = team, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = role == WorkerRole.SocialWorker };
        Worker annW = W("Ann", WorkerRole.SocialWorker, teamA), amirW = W("Amir", WorkerRole.SocialWorker, teamA), tessW = W("Tess", WorkerRole.TeamManager, teamA),
            halW = W("Hal", WorkerRole.HeadOfService, teamA), bobW = W("Bob", WorkerRole.SocialWorker, teamB);
        var child = new Child { LaChildId = "CAL1", FirstName = "Cal", LastName = "Moved", DateOfBirth = new DateOnly(2015, 1, 1) };
        db.AddRange(service, teamA, teamB, annW, amirW, tessW, halW, bobW, child,
            new Allocation { Child = child, Team = teamA, Worker = annW, StartDate = new DateOnly(2026, 6, 1) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        service.HeadOfServiceId = halW.Id;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (child.Id, tessW.Id, halW.Id, amirW.Id, bobW.Id, annW.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ATeamManagerReallocatesWithinTheTeam_TheOldAllocationEnds_AndAStaleFormIsRefused(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        var (cal, tess, hal, amir, bob, ann) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        string childUrl = "/children/" + cal.ToString(CultureInfo.InvariantCulture);
        string formUrl = childUrl + "/allocation";
        HttpClient tessClient = await app.ClientAsync(StaffRole.TeamManager, tess);
        HttpClient halClient = await app.ClientAsync(StaffRole.HeadOfService, hal);
        Assert.Equal(formUrl, (await WebTestApp.GetPageAsync(tessClient, childUrl)).QuerySelector("#allocate")?.GetAttribute("href"));
        IHtmlDocument form = await WebTestApp.GetPageAsync(tessClient, formUrl);
        Assert.Equal("Held by Ann Staff, Team A, since 1 June 2026.", form.QuerySelector("#current")?.TextContent.Trim());
        Assert.Equal(["Amir Staff (Team A, 0 children)", "Ann Staff (Team A, 1 child)", "Hal Staff (Team A, 0 children)", "Tess Staff (Team A, 0 children)"],
            form.QuerySelectorAll("#worker option[value]:not([value=''])").Select(o => o.TextContent.Trim()));

        static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
        static string Shown(IHtmlDocument page, string name) => page.QuerySelector($"input[name='{name}']")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(long worker, string day) =>
            new() { ["worker"] = Id(worker), ["day"] = day, ["month"] = "6", ["year"] = "2026", ["allocation"] = Shown(form, "allocation"), ["version"] = Shown(form, "version") };
        using (HttpResponseMessage other = await WebTestApp.PostFormAsync(tessClient, formUrl, formUrl, Fields(bob, "15")))
        {
            Assert.Contains("Select a worker in your team", await other.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (HttpResponseMessage same = await WebTestApp.PostFormAsync(tessClient, formUrl, formUrl, Fields(ann, "15")))
        {
            Assert.Contains("The child is already allocated to this worker", await same.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // Hal opens the form now and saves after Tess.
        IHtmlDocument halForm = await WebTestApp.GetPageAsync(halClient, formUrl);
        using (HttpResponseMessage saved = await WebTestApp.PostFormAsync(tessClient, formUrl, formUrl, Fields(amir, "15")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("Allocated to Amir Staff.", (await WebTestApp.GetPageAsync(tessClient, childUrl)).QuerySelector("#saved")?.TextContent.Trim());
        var halFields = Fields(ann, "15");
        halFields["allocation"] = Shown(halForm, "allocation");
        halFields["version"] = Shown(halForm, "version");
        halFields["__RequestVerificationToken"] = halForm.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using (HttpResponseMessage stale = await halClient.PostAsync(formUrl, new FormUrlEncodedContent(halFields), TestContext.Current.CancellationToken))
        {
            IHtmlDocument page = WebTestApp.Parse(await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(OpenCsc.Workforce.AllocateChild.ConflictMessage, page.QuerySelector(".govuk-error-summary__list a")?.TextContent.Trim());
            Assert.Equal("Held by Amir Staff, Team A, since 15 June 2026.", page.QuerySelector("#current")?.TextContent.Trim());
        }

        await using AppDbContext check = app.OpenContext();
        var allocations = await check.Allocations.Where(a => a.ChildId == cal).OrderBy(a => a.StartDate).Select(a => new { a.WorkerId, a.StartDate, a.EndDate }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([((long?)ann, new DateOnly(2026, 6, 1), (DateOnly?)new DateOnly(2026, 6, 15)), (amir, new DateOnly(2026, 6, 15), null)],
            allocations.Select(a => (a.WorkerId, a.StartDate, a.EndDate)));
        HttpClient amirClient = await app.ClientAsync(StaffRole.SocialWorker, amir);
        Assert.NotNull((await WebTestApp.GetPageAsync(amirClient, "/caseload")).QuerySelector("tr[data-child='CAL1']"));
    }

    [Fact]
    public async Task TheAllocation_NamesTheManagerWhoMadeIt_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (cal, tess, _, amir, _, _) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, StaffRole.TeamManager, tess);
        string formUrl = "/children/" + cal.ToString(CultureInfo.InvariantCulture) + "/allocation";
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, formUrl);

        using HttpResponseMessage saved = await WebTestApp.PostFormAsync(client, formUrl, formUrl, new()
        {
            ["worker"] = amir.ToString(CultureInfo.InvariantCulture),
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["allocation"] = form.QuerySelector("input[name='allocation']")!.GetAttribute("value")!,
            ["version"] = form.QuerySelector("input[name='version']")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using AppDbContext db = app.OpenContext();
        Allocation made = db.Allocations.Single(a => a.ChildId == cal && a.WorkerId == amir);
        Allocation ended = db.Allocations.Single(a => a.ChildId == cal && a.EndDate == new DateOnly(2026, 6, 15));
        await RecordedBy.AssertAsync(db, userName, made);
        await RecordedBy.AssertAsync(db, userName, ended);
    }
}
