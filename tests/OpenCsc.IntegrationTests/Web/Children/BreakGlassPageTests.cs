using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using OpenCsc.Accounts;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// Break-glass on the web: Sam (Team A) is refused Cara (Team B's) with the way to open her record by giving a reason;
/// he gives one and sees the record with a banner; Tom, his team manager, is told on his home page and marks it
/// reviewed.
/// </summary>
public sealed class BreakGlassPageTests(PostgresServer postgres)
{
    [Fact]
    public async Task ASocialWorker_OpensAnOutOfScopeRecordWithAReason_AndTheTeamManagerReviewsIt()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long cara, sam, tom;
        await using (AppDbContext db = app.OpenContext())
        {
            var service = new Service { Name = "North" };
            var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = service };
            var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
            var samWorker = new Worker { StaffNumber = "SAM", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamA, StartDate = new DateOnly(2020, 1, 1) };
            var tomWorker = new Worker { StaffNumber = "TOM", FirstName = "Tom", LastName = "Manager", Role = WorkerRole.TeamManager, Team = teamA, StartDate = new DateOnly(2020, 1, 1) };
            var bea = new Worker { StaffNumber = "BEA", FirstName = "Bea", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamB, StartDate = new DateOnly(2020, 1, 1) };
            var child = new Child { LaChildId = "CARA", FirstName = "Caranamed", LastName = "Child", DateOfBirth = new DateOnly(2015, 1, 1) };
            db.AddRange(service, teamA, teamB, samWorker, tomWorker, bea, child,
                new Allocation { Child = child, Team = teamB, Worker = bea, StartDate = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (cara, sam, tom) = (child.Id, samWorker.Id, tomWorker.Id);
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient samClient = await app.ClientAsync(StaffRole.SocialWorker, sam);
        string childUrl = "/children/" + cara.ToString(CultureInfo.InvariantCulture);
        string glassUrl = childUrl + "/break-glass";

        using (HttpResponseMessage refused = await samClient.GetAsync(childUrl, TestContext.Current.CancellationToken))
        {
            string html = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("Caranamed", html, StringComparison.Ordinal);
            Assert.Equal(glassUrl, WebTestApp.Parse(html).QuerySelector("#break-glass")?.GetAttribute("href"));
        }

        IHtmlDocument form = await WebTestApp.GetPageAsync(samClient, glassUrl);
        Assert.DoesNotContain("Caranamed", form.Body!.TextContent, StringComparison.Ordinal);
        using (HttpResponseMessage empty = await WebTestApp.PostFormAsync(samClient, glassUrl, glassUrl, new() { ["reason"] = "short" }))
        {
            IHtmlDocument page = WebTestApp.Parse(await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Equal("The reason must be at least 10 characters, so your manager can judge it", page.QuerySelector(".govuk-error-summary__list a[href='#reason']")?.TextContent.Trim());
            Assert.Equal("short", page.QuerySelector("textarea#reason")?.TextContent);
            Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        }

        using (HttpResponseMessage opened = await WebTestApp.PostFormAsync(samClient, glassUrl, glassUrl, new() { ["reason"] = "Emergency duty call about Cara tonight" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal(childUrl, opened.Headers.Location?.OriginalString);
        }

        IHtmlDocument record = await WebTestApp.GetPageAsync(samClient, childUrl);
        Assert.Contains("Caranamed", record.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // WebTestApp's clock is 12:00 on 15 June 2026, in a UTC local time zone.
        Assert.Equal(
            "This child is not allocated to you. You opened the record on 15 June 2026 at 12:00 and can see it until 15 June 2026 at 20:00.",
            record.QuerySelector("[aria-labelledby='break-glass-title'] .govuk-notification-banner__heading")?.TextContent.Trim());

        HttpClient tomClient = await app.ClientAsync(StaffRole.TeamManager, tom);
        IHtmlDocument home = await WebTestApp.GetPageAsync(tomClient, "/");
        Assert.StartsWith("1 record was opened by break-glass by people you manage.", home.QuerySelector("#break-glass-to-review")?.TextContent.Trim(), StringComparison.Ordinal);
        IHtmlDocument list = await WebTestApp.GetPageAsync(tomClient, "/break-glass");
        var cells = list.QuerySelectorAll("#accesses tbody tr td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal("15 June 2026 at 12:00", cells[0]);
        Assert.StartsWith("Test Social worker", cells[1], StringComparison.Ordinal);
        Assert.Equal((cara.ToString(CultureInfo.InvariantCulture), "Emergency duty call about Cara tonight"), (cells[2], cells[3]));
        Assert.DoesNotContain("Caranamed", list.Body!.TextContent, StringComparison.Ordinal);

        string access = list.QuerySelector("#accesses input[name='access']")!.GetAttribute("value")!;
        string version = list.QuerySelector("#accesses input[name='version']")!.GetAttribute("value")!;
        using (HttpResponseMessage reviewed = await WebTestApp.PostFormAsync(tomClient, "/break-glass", "/break-glass", new() { ["access"] = access, ["version"] = version }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        }

        Assert.Equal("No break-glass accesses to review.", (await WebTestApp.GetPageAsync(tomClient, "/break-glass")).QuerySelector("#none")?.TextContent.Trim());
        Assert.Null((await WebTestApp.GetPageAsync(tomClient, "/")).QuerySelector("#break-glass-to-review"));
        IHtmlDocument all = await WebTestApp.GetPageAsync(tomClient, "/break-glass?reviewed=true");
        Assert.StartsWith("By Test Team manager", all.QuerySelectorAll("#accesses tbody tr td")[4].TextContent.Trim(), StringComparison.Ordinal);
    }

    /// <summary>Sam (Team A) and Tom, his team manager; Cara is Bea's (Team B).</summary>
    private static async Task<(long Cara, long Sam, long Tom)> InsertAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var service = new Service { Name = "North" };
        var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = service };
        var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
        var samWorker = new Worker { StaffNumber = "SAM", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamA, StartDate = new DateOnly(2020, 1, 1) };
        var tomWorker = new Worker { StaffNumber = "TOM", FirstName = "Tom", LastName = "Manager", Role = WorkerRole.TeamManager, Team = teamA, StartDate = new DateOnly(2020, 1, 1) };
        var bea = new Worker { StaffNumber = "BEA", FirstName = "Bea", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamB, StartDate = new DateOnly(2020, 1, 1) };
        var child = new Child { LaChildId = "CARA", FirstName = "Caranamed", LastName = "Child", DateOfBirth = new DateOnly(2015, 1, 1) };
        db.AddRange(service, teamA, teamB, samWorker, tomWorker, bea, child,
            new Allocation { Child = child, Team = teamB, Worker = bea, StartDate = new DateOnly(2026, 1, 1) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (child.Id, samWorker.Id, tomWorker.Id);
    }

    [Fact]
    public async Task TheAccessAndItsReview_NameThePeople_InTheirStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var (cara, sam, tom) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient samClient = app.NewClient();
        string samName = await app.SignInAsync(samClient, StaffRole.SocialWorker, sam);
        string glassUrl = "/children/" + cara.ToString(CultureInfo.InvariantCulture) + "/break-glass";
        using (HttpResponseMessage opened = await WebTestApp.PostFormAsync(samClient, glassUrl, glassUrl, new() { ["reason"] = "Emergency duty call about Cara tonight" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        await using (AppDbContext db = app.OpenContext())
        {
            await RecordedBy.AssertAsync(db, samName, db.BreakGlassAccesses.Single());
        }

        HttpClient tomClient = app.NewClient();
        string tomName = await app.SignInAsync(tomClient, StaffRole.TeamManager, tom);
        IHtmlDocument list = await WebTestApp.GetPageAsync(tomClient, "/break-glass");
        using (HttpResponseMessage reviewed = await WebTestApp.PostFormAsync(tomClient, "/break-glass", "/break-glass", new()
        {
            ["access"] = list.QuerySelector("#accesses input[name='access']")!.GetAttribute("value")!,
            ["version"] = list.QuerySelector("#accesses input[name='version']")!.GetAttribute("value")!,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        }

        await using AppDbContext check = app.OpenContext();
        await RecordedBy.AssertAsync(check, tomName, check.BreakGlassAccesses.Single(b => b.AcknowledgedAt != null));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TwoReviewersOfOneAccess_TheSecondIsToldItChanged_AndTheFirstReviewStands(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        var (cara, sam, tom) = await InsertAsync(app);
        app.StartWithoutDemo(signInAs: null);
        HttpClient samClient = await app.ClientAsync(StaffRole.SocialWorker, sam);
        string glassUrl = "/children/" + cara.ToString(CultureInfo.InvariantCulture) + "/break-glass";
        using (HttpResponseMessage opened = await WebTestApp.PostFormAsync(samClient, glassUrl, glassUrl, new() { ["reason"] = "Emergency duty call about Cara tonight" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        // Two accounts of Tom's (say, his own and a covering manager's): both lists show the access unreviewed.
        HttpClient first = app.NewClient(), second = app.NewClient();
        string firstName = await app.SignInAsync(first, StaffRole.TeamManager, tom);
        await app.SignInAsync(second, StaffRole.TeamManager, tom);
        IHtmlDocument firstList = await WebTestApp.GetPageAsync(first, "/break-glass");
        IHtmlDocument secondList = await WebTestApp.GetPageAsync(second, "/break-glass");
        Dictionary<string, string> Fields(IHtmlDocument list) => new()
        {
            ["access"] = list.QuerySelector("#accesses input[name='access']")!.GetAttribute("value")!,
            ["version"] = list.QuerySelector("#accesses input[name='version']")!.GetAttribute("value")!,
        };

        using (HttpResponseMessage reviewed = await WebTestApp.PostFormAsync(first, "/break-glass", "/break-glass", Fields(firstList)))
        {
            Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        }

        using (HttpResponseMessage stale = await WebTestApp.PostFormAsync(second, "/break-glass", "/break-glass", Fields(secondList)))
        {
            IHtmlDocument page = WebTestApp.Parse(await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Equal(EditConflicts.Message, page.QuerySelector(".govuk-error-summary__list a[href='#accesses']")?.TextContent.Trim());
            Assert.Equal("No break-glass accesses to review.", page.QuerySelector("#none")?.TextContent.Trim());
        }

        await using AppDbContext db = app.OpenContext();
        BreakGlassAccess access = db.BreakGlassAccesses.Single();
        Assert.Equal(firstName, db.StaffAccounts.Single(a => a.Id == access.AcknowledgedByAccountId).UserName);
        Assert.Equal(1, access.RowVersion);
    }
}
