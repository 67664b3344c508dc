using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Admin;

/// <summary>
/// The administrator's account pages: create an account (the form keeps what was typed, never the password), change
/// a role so the person's open session ends within a minute, two administrators saving the same account, and naming
/// a person on a restricted record.
/// </summary>
public sealed class AccountPagesTests(PostgresServer postgres)
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AnAdministratorCreatesAndChangesAccounts_AndEveryChangeReachesThePersonsSession(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        long rita;
        await using (AppDbContext db = app.OpenContext())
        {
            var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
            var child = new Child { LaChildId = "RITA1", FirstName = "Ritanamed", LastName = "Child", IsRestricted = true };
            db.AddRange(team, child, new Worker { StaffNumber = "SW1", FirstName = "Sam", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            rita = child.Id;
        }

        var clock = new MovableClock(WebTestApp.Now);
        app.Start(services =>
        {
            services.AddSingleton<OpenCsc.Web.IDemoSeeder>(new NoDemo());
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        }, signInAs: null);
        HttpClient admin = await app.ClientAsync(StaffRole.SystemAdministrator);

        var fields = new Dictionary<string, string>
        {
            ["userName"] = "sam.worker",
            ["displayName"] = "Sam Worker",
            ["role"] = "SocialWorker",
            ["worker"] = "SW1",
            ["password"] = "a long enough password",
            ["confirmPassword"] = "a different password!",
        };
        using (HttpResponseMessage refused = await WebTestApp.PostFormAsync(admin, "/admin/accounts/new", "/admin/accounts/new", new(fields)))
        {
            IHtmlDocument page = WebTestApp.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("The two passwords must be the same", page.QuerySelector(".govuk-error-summary__list a[href='#confirm-password']")?.TextContent.Trim());
            Assert.Equal("sam.worker", page.QuerySelector("#user-name")?.GetAttribute("value"));
            Assert.NotNull(page.QuerySelector("#role[value='SocialWorker'][checked]"));
            Assert.Null(page.QuerySelector("#password")?.GetAttribute("value"));
        }

        fields["confirmPassword"] = fields["password"];
        using (HttpResponseMessage created = await WebTestApp.PostFormAsync(admin, "/admin/accounts/new", "/admin/accounts/new", new(fields)))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        IHtmlDocument list = await WebTestApp.GetPageAsync(admin, "/admin/accounts");
        Assert.Equal("Account sam.worker created.", list.QuerySelector("#saved")?.TextContent.Trim());
        string accountUrl = list.QuerySelector("tr[data-user='sam.worker'] a")!.GetAttribute("href")!;

        // Sam signs in and sees nothing of the restricted record.
        HttpClient sam = app.NewClient();
        using (HttpResponseMessage signedIn = await WebTestApp.PostFormAsync(sam, "/sign-in", "/sign-in", new() { ["userName"] = "sam.worker", ["password"] = fields["password"] }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        string ritaUrl = "/children/" + rita.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync(ritaUrl, TestContext.Current.CancellationToken)).StatusCode);

        // Named on the record: Sam's session ends within a minute; signed in again, he sees it.
        using (HttpResponseMessage named = await WebTestApp.PostFormAsync(admin, accountUrl, accountUrl + "?handler=name", new() { ["laChildId"] = "RITA1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        }

        Assert.Equal("RITA1", (await WebTestApp.GetPageAsync(admin, accountUrl)).QuerySelector("#named li")?.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0]);
        clock.Advance(TimeSpan.FromMinutes(2));
        using (HttpResponseMessage ended = await sam.GetAsync(ritaUrl, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
            Assert.StartsWith("/sign-in", ended.Headers.Location is { IsAbsoluteUri: true } location ? location.PathAndQuery : ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        await WebTestApp.PostFormAsync(sam, "/sign-in", "/sign-in", new() { ["userName"] = "sam.worker", ["password"] = fields["password"] });
        Assert.Contains("Ritanamed", (await WebTestApp.GetPageAsync(sam, ritaUrl)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // Two administrators open the account; the first saves; the second is told, and loses nothing silently.
        HttpClient other = await app.ClientAsync(StaffRole.SystemAdministrator);
        IHtmlDocument first = await WebTestApp.GetPageAsync(admin, accountUrl);
        IHtmlDocument second = await WebTestApp.GetPageAsync(other, accountUrl);
        Dictionary<string, string> Form(IHtmlDocument page, string name, string role) => new()
        {
            ["__RequestVerificationToken"] = page.QuerySelector($"form[action='{accountUrl}'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
            ["version"] = page.QuerySelector("input[name='version']")!.GetAttribute("value")!,
            ["displayName"] = name,
            ["role"] = role,
            ["worker"] = "SW1",
            ["active"] = "true",
        };
        using (HttpResponseMessage saved = await admin.PostAsync(accountUrl, new FormUrlEncodedContent(Form(first, "Samuel Worker", "SocialWorker")), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (HttpResponseMessage conflict = await other.PostAsync(accountUrl, new FormUrlEncodedContent(Form(second, "Sam W", "ReadOnlyMember")), TestContext.Current.CancellationToken))
        {
            IHtmlDocument page = WebTestApp.Parse(await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
            Assert.Equal(OpenCsc.Accounts.ChangeAccount.ConflictMessage, page.QuerySelector(".govuk-error-summary__list")?.TextContent.Trim());
            Assert.Equal("Samuel Worker", page.QuerySelector("#display-name")?.GetAttribute("value"));
        }

        await using AppDbContext check = app.OpenContext();
        StaffAccount account = check.StaffAccounts.Single(a => a.UserName == "sam.worker");
        Assert.Equal(("Samuel Worker", StaffRole.SocialWorker), (account.DisplayName, account.Role));
    }

    [Fact]
    public async Task AnAccount_ItsChangesAndItsNamingOnARecord_NameTheAdministrator_InTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await using (AppDbContext db = app.OpenContext())
        {
            db.Children.Add(new Child { LaChildId = "RITA1", FirstName = "Ritanamed", LastName = "Child", IsRestricted = true });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient admin = app.NewClient();
        string adminName = await app.SignInAsync(admin, StaffRole.SystemAdministrator);
        using (HttpResponseMessage created = await WebTestApp.PostFormAsync(admin, "/admin/accounts/new", "/admin/accounts/new", new()
        {
            ["userName"] = "quinn.auditor",
            ["displayName"] = "Quinn Auditor",
            ["role"] = "QaAuditor",
            ["password"] = "a long enough password",
            ["confirmPassword"] = "a long enough password",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        string accountUrl = (await WebTestApp.GetPageAsync(admin, "/admin/accounts")).QuerySelector("tr[data-user='quinn.auditor'] a")!.GetAttribute("href")!;
        IHtmlDocument form = await WebTestApp.GetPageAsync(admin, accountUrl);
        using (HttpResponseMessage changed = await WebTestApp.PostFormAsync(admin, accountUrl, accountUrl, new()
        {
            ["version"] = form.QuerySelector("input[name='version']")!.GetAttribute("value")!,
            ["displayName"] = "Quinn Q. Auditor",
            ["role"] = "QaAuditor",
            ["worker"] = "",
            ["active"] = "true",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using (HttpResponseMessage named = await WebTestApp.PostFormAsync(admin, accountUrl, accountUrl + "?handler=name", new() { ["laChildId"] = "RITA1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        }

        await using AppDbContext check = app.OpenContext();
        List<AuditEntry> changes = await check.AuditEntries.Where(e => e.Action == AuditAction.PermissionChange).OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [
                """{"change":"created quinn.auditor as QA auditor"}""",
                """{"change":"quinn.auditor: name 'Quinn Auditor' to 'Quinn Q. Auditor'"}""",
                """{"change":"quinn.auditor: named on restricted record RITA1"}""",
            ],
            changes.Select(e => e.Details));
        Assert.All(changes, e => Assert.Equal(adminName, e.UserName));
        await RecordedBy.AssertAsync(check, adminName, check.ChildAccessGrants.Single());
    }

    private sealed class NoDemo : OpenCsc.Web.IDemoSeeder
    {
        public Task SeedAsync(DatabaseSettings settings, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public void Advance(TimeSpan by) => _now += by;
    }
}
