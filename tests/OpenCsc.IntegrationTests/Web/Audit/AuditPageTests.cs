using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Data;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Audit;

/// <summary>
/// The auditor's page over a trail written by hand: Sam (u-1) viewed child 42 and searched, Ada (u-2) viewed children
/// 42 and 43 and broke glass on 43. So child 42 was viewed by Ada then Sam (newest first), and Ada did three things.
/// </summary>
public sealed class AuditPageTests
{
    private static async Task<(WebTestApp App, HttpClient Client)> StartAsync()
    {
        WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = app.OpenContext())
        {
            db.AuditContext = new AuditContext("u-1", "Sam Worker", "10.0.0.1");
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(42), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.Searched("okafor", 2), ct);
            db.AuditContext = new AuditContext("u-2", "Ada Auditor", "10.0.0.2");
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(42), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.BrokeGlass(43, "duty out of hours"), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(43), ct);
        }

        return (app, app.StartWithoutDemo(signInAs: StaffRole.QaAuditor));
    }

    private static List<string[]> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("#entries tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .ToList();

    [Fact]
    public async Task WhoViewedThisChild_ListsEachViewNewestFirstWithWhoAndWhere()
    {
        var (app, client) = await StartAsync();
        await using WebTestApp _ = app;

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/audit?child=42");

        Assert.Equal("Entries for child 42", page.QuerySelector("#entries-heading")!.TextContent.Trim());
        List<string[]> rows = Rows(page);
        Assert.Equal(
            [["3", "Ada Auditor (u-2)", "10.0.0.2", "View"], ["1", "Sam Worker (u-1)", "10.0.0.1", "View"]],
            rows.Select(r => new[] { r[0], r[2], r[3], r[4] }));
        Assert.All(rows, r => Assert.Equal("15 Jun 2026 12:00:00", r[1]));
        Assert.Equal("/children/42", page.QuerySelector("#entries tbody tr a[href^='/children/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task WhatDidThisUserView_ListsTheirEntriesOnly()
    {
        var (app, client) = await StartAsync();
        await using WebTestApp _ = app;

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/audit?user=u-2");

        List<string[]> rows = Rows(page);
        Assert.Equal([["5", "View"], ["4", "BreakGlass"], ["3", "View"]], rows.Select(r => new[] { r[0], r[4] }));
        Assert.Equal("""{"reason":"duty out of hours"}""", rows[1][6]);
        Assert.Equal("u-2", page.QuerySelector("#user")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheAuditorsLookUp_IsItselfRecorded()
    {
        var (app, client) = await StartAsync();
        await using WebTestApp _ = app;

        await WebTestApp.GetPageAsync(client, "/audit?child=42");
        string auditor;
        await using (AppDbContext accounts = app.OpenContext())
        {
            auditor = (await accounts.StaffAccounts.SingleAsync(a => a.Role == StaffRole.QaAuditor, TestContext.Current.CancellationToken)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/audit?user=" + auditor);

        // The page lists what was recorded before it looked: the first look-up, then the sign-in; not its own.
        List<string[]> rows = Rows(page);
        Assert.Equal(["Search", "SignIn"], rows.Select(r => r[4]));
        Assert.Equal(@"{""terms"":""audit trail: child 42"",""results"":2}", rows[0][6]);
        await using AppDbContext db = app.OpenContext();
        AuditEntry own = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync(TestContext.Current.CancellationToken);
        Assert.Equal((AuditAction.Search, auditor, $@"{{""terms"":""audit trail: user {auditor}"",""results"":2}}"), (own.Action, own.UserId, own.Details!));
    }

    [Fact]
    public async Task ChildIdNotANumber_ShowsTheErrorNextToTheField()
    {
        var (app, client) = await StartAsync();
        await using WebTestApp _ = app;

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/audit?child=smith");

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal("#child", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("Enter the child's record id as a number", page.QuerySelector("#child-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#entries"));
    }

    [Fact]
    public async Task NoEntries_SaysSo()
    {
        var (app, client) = await StartAsync();
        await using WebTestApp _ = app;

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/audit?child=99");

        Assert.Equal("No entries.", page.QuerySelector("#no-entries")!.TextContent.Trim());
    }

    [Fact]
    public async Task HostileUserName_IsRenderedAsText()
    {
        WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await using WebTestApp _ = app;
        await using (AppDbContext db = app.OpenContext())
        {
            db.AuditContext = new AuditContext("x", "<script>alert(1)</script>", "10.0.0.9");
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(7), TestContext.Current.CancellationToken);
        }

        HttpClient client = app.StartWithoutDemo(signInAs: StaffRole.QaAuditor);
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/audit?child=7");

        Assert.Empty(page.QuerySelectorAll("#entries script"));
        Assert.StartsWith("<script>alert(1)</script>", Rows(page)[0][2], StringComparison.Ordinal);
    }

    /// <summary>A list page's view that named child 42 among others, and a refusal of 42's record, both answer "who viewed this child".</summary>
    [Fact]
    public async Task WhoViewedThisChild_IncludesListsThatNamedThem_AndRefusals()
    {
        WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await using WebTestApp _ = app;
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = app.OpenContext())
        {
            db.AuditContext = new AuditContext("u-1", "Sam Worker", "10.0.0.1");
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChildren("/caseload", [43, 42, 7]), ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChildren("/front-door", [420, 7]), ct);
            db.AuditContext = new AuditContext("u-2", "Ola Other", "10.0.0.2");
            await AuditTrail.RecordAsync(db, AuditEvent.Refused("/children/42", 42), ct);
        }

        HttpClient client = app.StartWithoutDemo(signInAs: StaffRole.QaAuditor);
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/audit?child=42");

        List<string[]> rows = Rows(page);
        Assert.Equal([["3", "Ola Other (u-2)", "Refused"], ["1", "Sam Worker (u-1)", "View"]], rows.Select(r => new[] { r[0], r[2], r[4] }));
        Assert.Equal("/children/42", page.QuerySelectorAll("#entries tbody tr")[0].QuerySelector("a[href^='/children/']")!.GetAttribute("href"));
        Assert.Equal(["/children/7", "/children/42", "/children/43"],
            page.QuerySelectorAll("#entries tbody tr")[1].QuerySelectorAll(".app-audit-children a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("3 children:", page.QuerySelectorAll("#entries tbody tr")[1].QuerySelector(".app-audit-children")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
