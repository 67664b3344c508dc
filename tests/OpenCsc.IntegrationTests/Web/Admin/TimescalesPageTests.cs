using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Data;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Admin;

/// <summary>
/// The system administrator's timescales page: viewing writes nothing; a change needs a reason of ten characters or
/// more, is stored, audited with the person and the reason, and is what the trackers apply from then on; a closure day
/// added there stops being a working day for the calendar table the indicators count with, and can be removed again.
/// </summary>
public sealed class TimescalesPageTests
{
    private static readonly DateOnly Wednesday = new(2026, 6, 17);

    [Fact]
    public async Task Viewing_writes_nothing_and_only_a_system_administrator_may()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.Start(services => services.AddSingleton<OpenCsc.Web.IDemoSeeder>(new NoDemo()), signInAs: null);
        HttpClient admin = await app.ClientAsync(StaffRole.SystemAdministrator);
        HttpClient analyst = await app.ClientAsync(StaffRole.PerformanceAnalyst);
        (long Audit, long Changes, long Days) before = await CountsAsync(app);

        IHtmlDocument page = await WebTestApp.GetPageAsync(admin, "/admin/timescales?timescale=AssessmentWorkingDays&day=2026-12-24");
        using HttpResponseMessage refused = await analyst.GetAsync("/admin/timescales", TestContext.Current.CancellationToken);

        Assert.Equal(before, await CountsAsync(app));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(TimescaleCatalogue.All.Count, page.QuerySelectorAll("#timescales tbody tr").Length);
        Assert.Equal("45 working days", page.QuerySelector("#timescale-AssessmentWorkingDays [data-field='in-force']")?.TextContent.Trim());
        Assert.Equal("72 hours", page.QuerySelector("#timescale-ReturnHomeInterviewHours [data-field='in-force']")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#timescale option[value='AssessmentWorkingDays'][selected]"));
        Assert.Equal("45", page.QuerySelector("#value")?.GetAttribute("value"));
        Assert.Equal("24", page.QuerySelector("#closure-day-day")?.GetAttribute("value") ?? page.QuerySelector("input[name='day']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_change_needs_a_reason_and_is_stored_audited_and_applied()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.Start(services => services.AddSingleton<OpenCsc.Web.IDemoSeeder>(new NoDemo()), signInAs: null);
        HttpClient admin = NewAdmin(app, out string userName);
        HttpClient analyst = await app.ClientAsync(StaffRole.PerformanceAnalyst);

        using (HttpResponseMessage tooShort = await PostAsync(admin, "Timescale", new() { ["timescale"] = "AssessmentWorkingDays", ["value"] = "40", ["reason"] = "Too short" }))
        {
            IHtmlDocument page = WebTestApp.Parse(await tooShort.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
            Assert.Equal("The reason for the change must be at least 10 characters", page.QuerySelector(".govuk-error-summary__list a[href='#reason']")?.TextContent.Trim());
            Assert.Equal("40", page.QuerySelector("#value")?.GetAttribute("value"));
        }

        using (HttpResponseMessage notANumber = await PostAsync(admin, "Timescale", new() { ["timescale"] = "AssessmentWorkingDays", ["value"] = "forty", ["reason"] = "The local practice standard" }))
        {
            IHtmlDocument page = WebTestApp.Parse(await notANumber.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("Enter the timescale as a whole number, for example 45", page.QuerySelector(".govuk-error-summary__list a[href='#value']")?.TextContent.Trim());
        }

        await using (AppDbContext db = app.OpenContext())
        {
            Assert.Equal(0, await db.TimescaleChanges.CountAsync(TestContext.Current.CancellationToken));
        }

        const string reason = "Practice standard agreed by the improvement board on 12 May 2026";
        using (HttpResponseMessage saved = await PostAsync(admin, "Timescale", new() { ["timescale"] = "AssessmentWorkingDays", ["value"] = "40", ["reason"] = reason }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("/admin/timescales", saved.Headers.Location?.OriginalString);
        }

        IHtmlDocument after = await WebTestApp.GetPageAsync(admin, "/admin/timescales");
        IHtmlDocument tracker = await WebTestApp.GetPageAsync(analyst, "/trackers/assessments");
        await using (AppDbContext db = app.OpenContext())
        {
            TimescaleChange change = await db.TimescaleChanges.SingleAsync(TestContext.Current.CancellationToken);
            AuditEntry entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(TimescaleChange), TestContext.Current.CancellationToken);
            Assert.Equal(("AssessmentWorkingDays", (int?)40, reason, userName), (change.Timescale, change.Value, change.Reason, change.CreatedBy));
            Assert.Equal((AuditAction.Create, userName), (entry.Action, entry.UserName));
            Assert.Contains(reason, entry.Details, StringComparison.Ordinal);
        }

        Assert.Equal("40 working days", after.QuerySelector("#timescale-AssessmentWorkingDays [data-field='in-force']")?.TextContent.Trim());
        Assert.Contains(reason, after.QuerySelector("#history-table")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("due 40 working days after they started", tracker.QuerySelector("#rule")?.TextContent, StringComparison.Ordinal);

        using (HttpResponseMessage back = await PostAsync(admin, "Timescale", new() { ["timescale"] = "AssessmentWorkingDays", ["default"] = "yes", ["reason"] = "Back to the statutory standard" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }

        IHtmlDocument reverted = await WebTestApp.GetPageAsync(admin, "/admin/timescales");
        Assert.Equal("45 working days", reverted.QuerySelector("#timescale-AssessmentWorkingDays [data-field='in-force']")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_closure_day_added_and_removed_with_reasons_changes_the_calendar_table()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.Start(services => services.AddSingleton<OpenCsc.Web.IDemoSeeder>(new NoDemo()), signInAs: null);
        HttpClient admin = NewAdmin(app, out _);
        var closure = new Dictionary<string, string> { ["day"] = "17", ["month"] = "6", ["year"] = "2026", ["closed"] = "yes", ["closure-reason"] = "Office move to the new civic centre" };

        Assert.Equal(1, await WorkingDaysFromTuesdayAsync(app));
        using (HttpResponseMessage saved = await PostAsync(admin, "Closure", new(closure)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        IHtmlDocument page = await WebTestApp.GetPageAsync(admin, "/admin/timescales");
        TimescalesInForce inForce;
        await using (AppDbContext db = app.OpenContext())
        {
            inForce = await app.Services.GetRequiredService<TimescalesProvider>().CurrentAsync(db, TestContext.Current.CancellationToken);
        }

        // Tuesday 16 to Wednesday 17 June: no working day now the Wednesday is closed.
        Assert.Equal(0, await WorkingDaysFromTuesdayAsync(app));
        Assert.False(inForce.Calendar.IsWorkingDay(Wednesday));
        Assert.Contains("Office move to the new civic centre", page.QuerySelector("#closure-2026-06-17")?.TextContent, StringComparison.Ordinal);

        using (HttpResponseMessage twice = await PostAsync(admin, "Closure", new(closure)))
        {
            IHtmlDocument refused = WebTestApp.Parse(await twice.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("17 June 2026 is already a closure day", refused.QuerySelector(".govuk-error-summary__list a")?.TextContent.Trim());
        }

        using (HttpResponseMessage noReason = await PostAsync(admin, "Closure", new(closure) { ["closed"] = "no", ["closure-reason"] = "" }))
        {
            IHtmlDocument refused = WebTestApp.Parse(await noReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("Enter the reason for the change", refused.QuerySelector(".govuk-error-summary__list a[href='#closure-reason']")?.TextContent.Trim());
        }

        using (HttpResponseMessage removed = await PostAsync(admin, "Closure", new(closure) { ["closed"] = "no", ["closure-reason"] = "The move was put off to August" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.Equal(1, await WorkingDaysFromTuesdayAsync(app));
        await using (AppDbContext db = app.OpenContext())
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(TimescaleChange), TestContext.Current.CancellationToken));
        }
    }

    private static HttpClient NewAdmin(WebTestApp app, out string userName)
    {
        HttpClient client = app.NewClient();
        userName = app.SignInAsync(client, StaffRole.SystemAdministrator).GetAwaiter().GetResult();
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields) =>
        WebTestApp.PostFormAsync(client, "/admin/timescales", "/admin/timescales?handler=" + handler, fields);

    private static async Task<int> WorkingDaysFromTuesdayAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        var days = await db.CalendarDays.Where(d => d.Day == Wednesday.AddDays(-1) || d.Day == Wednesday)
            .OrderBy(d => d.Day).Select(d => d.WorkingDayIndex).ToListAsync(TestContext.Current.CancellationToken);
        return days[1] - days[0];
    }

    private static async Task<(long, long, long)> CountsAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        return (await db.AuditEntries.LongCountAsync(TestContext.Current.CancellationToken),
            await db.TimescaleChanges.LongCountAsync(TestContext.Current.CancellationToken),
            await db.CalendarDays.LongCountAsync(TestContext.Current.CancellationToken));
    }

    private sealed class NoDemo : OpenCsc.Web.IDemoSeeder
    {
        public Task SeedAsync(DatabaseSettings settings, CancellationToken ct) => Task.CompletedTask;
    }
}
