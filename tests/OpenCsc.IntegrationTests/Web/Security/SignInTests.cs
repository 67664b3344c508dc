using System.Net;
using AngleSharp.Html.Dom;
using OpenCsc.Accounts;
using OpenCsc.Data;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Security;

/// <summary>Signing in and out with a local account, through the real pages.</summary>
public sealed class SignInTests
{
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string returnUrl = "") =>
        await WebTestApp.PostFormAsync(client, "/sign-in", "/sign-in", new() { ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl });

    [Fact]
    public async Task SignedOut_EveryPageGoesToSignIn_AndBackAfterwards()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo(signInAs: null);
        string userName = await app.CreateAccountAsync(StaffRole.PerformanceAnalyst);

        using HttpResponseMessage dashboard = await client.GetAsync("/dashboard", TestContext.Current.CancellationToken);
        using HttpResponseMessage signedIn = await SignInAsync(client, userName, WebTestApp.Password, "/dashboard");
        using HttpResponseMessage after = await client.GetAsync("/dashboard", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fdashboard", dashboard.Headers.Location?.PathAndQuery);
        Assert.Equal("/dashboard", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        // The session cookie: not readable by script, not sent from other sites, and not kept after the browser closes.
        string cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("opencsc_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWrongPasswordOrUnknownName_SaysTheSame_KeepsTheName_AndAReturnUrlElsewhereIsIgnored()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo(signInAs: null);
        string userName = await app.CreateAccountAsync(StaffRole.SocialWorker);

        using HttpResponseMessage wrong = await SignInAsync(client, userName, "not the password at all");
        using HttpResponseMessage unknown = await SignInAsync(client, "nobody.here", "not the password at all");
        using HttpResponseMessage blank = await SignInAsync(client, "", "");
        using HttpResponseMessage elsewhere = await SignInAsync(client, userName, WebTestApp.Password, "https://example.org/");

        IHtmlDocument wrongPage = WebTestApp.Parse(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        IHtmlDocument unknownPage = WebTestApp.Parse(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        IHtmlDocument blankPage = WebTestApp.Parse(await blank.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["The user name or password is not right"], wrongPage.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["The user name or password is not right"], unknownPage.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Enter your user name", "Enter your password"], blankPage.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()));
        Assert.Equal(userName, wrongPage.QuerySelector("#userName")?.GetAttribute("value"));
        Assert.Equal("", wrongPage.QuerySelector("#password")?.GetAttribute("value") ?? "");
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);
        // The audit trail has each attempt: the name tried and why it failed, never the password.
        await using AppDbContext db = app.OpenContext();
        var attempts = db.AuditEntries.Where(e => e.Action == OpenCsc.Audit.AuditAction.SignInFailed || e.Action == OpenCsc.Audit.AuditAction.SignIn)
            .OrderBy(e => e.Sequence).Select(e => new { e.Action, e.EntityId, e.UserName, e.Details }).ToList();
        Assert.Equal(
            [(OpenCsc.Audit.AuditAction.SignInFailed, userName, """{"reason":"wrong password"}"""), (OpenCsc.Audit.AuditAction.SignInFailed, "nobody.here", """{"reason":"no such account"}""")],
            attempts.Take(2).Select(a => (a.Action, a.EntityId!, a.Details!)));
        Assert.Equal((OpenCsc.Audit.AuditAction.SignIn, userName), (attempts[2].Action, attempts[2].UserName));
        Assert.DoesNotContain(db.AuditEntries.Select(e => e.Details ?? "").ToList(), d => d.Contains("not the password at all", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_EvenAgainstTheRightPassword()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo(signInAs: null);
        string userName = await app.CreateAccountAsync(StaffRole.TeamManager);

        for (int i = 0; i < 5; i++)
        {
            using HttpResponseMessage failed = await SignInAsync(client, userName, "guess number " + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using HttpResponseMessage locked = await SignInAsync(client, userName, WebTestApp.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        IHtmlDocument page = WebTestApp.Parse(await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("This account is locked after 5 failed attempts", page.QuerySelector(".govuk-error-summary a")?.TextContent.Trim(), StringComparison.Ordinal);
        await using AppDbContext db = app.OpenContext();
        StaffAccount account = db.StaffAccounts.Single(a => a.UserName == userName);
        // 15 minutes from the fifth failure, on the host's clock.
        Assert.Equal(WebTestApp.Now.AddMinutes(15), account.LockoutEnd);
    }

    [Fact]
    public async Task SigningOut_EndsTheSession_AndTheHeaderNamesWhoIsSignedIn()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo(signInAs: StaffRole.QaAuditor);

        IHtmlDocument home = await WebTestApp.GetPageAsync(client, "/");
        Assert.Equal("Test QA auditor", home.QuerySelector("#account-name")?.TextContent.Trim());
        using HttpResponseMessage signOut = await WebTestApp.PostFormAsync(client, "/", "/sign-out", []);
        using HttpResponseMessage after = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("/sign-in", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task TheSignInPage_NamesDemoAccounts_OnlyWhenThereAreSome()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo(signInAs: null);
        IHtmlDocument none = await WebTestApp.GetPageAsync(client, "/sign-in");
        await using (AppDbContext db = app.OpenContext())
        {
            db.StaffAccounts.Add(DemoAccounts.Account("team.manager", StaffRole.TeamManager, null, "Demo team manager"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        IHtmlDocument demo = await WebTestApp.GetPageAsync(client, "/sign-in");

        Assert.Null(none.QuerySelector("#demo-accounts"));
        Assert.Equal(["Team manager", "team.manager", "Demo team manager"], demo.QuerySelectorAll("table tbody tr td").Select(c => c.TextContent.Trim()));
        Assert.Contains(DemoAccounts.Password, demo.QuerySelector("main, body")!.TextContent, StringComparison.Ordinal);
    }
}
