using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Visits;
using OpenCsc.Web.Security;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Security;

/// <summary>
/// Issue 5's security tests that the matrix does not cover: every form refuses a POST without its anti-forgery token;
/// HSTS outside development over HTTPS; the session ends after 20 minutes without a request; hostile text is shown as
/// text everywhere it is shown; no child's name, date of birth or search term reaches the logs.
/// </summary>
[Trait("Category", TestCategories.Slow)]
public sealed class HardeningTests
{
    private static readonly StaffRole[] Everyone = Enum.GetValues<StaffRole>();

    /// <summary>A value for each route parameter, so every route can be asked for.</summary>
    private static string Concrete(string template, TestBorough borough) => "/" + template
        .Replace("{id:long}", borough.Markup.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        // A record of the child's (an assessment, an enquiry, a plan): any number reaches the route, whose filters run first.
        .Replace("{assessment:long}", "1", StringComparison.Ordinal)
        .Replace("{enquiry:long}", "1", StringComparison.Ordinal)
        .Replace("{plan:long}", "1", StringComparison.Ordinal)
        .Replace("{episode:long}", "1", StringComparison.Ordinal)
        .Replace("{code:int}", "404", StringComparison.Ordinal)
        .Replace("{contact:long}", "1", StringComparison.Ordinal)
        .Replace("{worker:long}", "1", StringComparison.Ordinal)
        .Replace("{code}", "ASSESSMENTS_45WD", StringComparison.Ordinal)
        .Replace("{kind}", "cin-census", StringComparison.Ordinal)
        .Replace("{slug}", "visits", StringComparison.Ordinal)
        .Replace("{id}", "0123456789abcdef0123456789abcdef", StringComparison.Ordinal);

    [Fact]
    public async Task EveryRoute_RefusesAPostWithoutTheAntiforgeryToken_ForEveryRole()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app, isDemo: false);
        app.StartWithoutDemo(signInAs: null);
        var clients = new Dictionary<StaffRole, HttpClient>();
        foreach (StaffRole role in Everyone)
        {
            clients[role] = await app.ClientAsync(role, role is StaffRole.SocialWorker ? borough.SocialWorker.Id : null);
        }

        string[] routes = [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "").Distinct()];
        Assert.True(routes.Length >= 20, $"only {routes.Length} routes");
        var failures = new List<string>();
        foreach (string route in routes)
        {
            string url = Concrete(route, borough);
            bool checkedByAntiforgery = false;
            foreach (StaffRole role in Everyone)
            {
                using var response = await clients[role].PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "a reason long enough" }), TestContext.Current.CancellationToken);
                checkedByAntiforgery |= response.StatusCode == HttpStatusCode.BadRequest;
                if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{role} POST {url} without a token: {(int)response.StatusCode}");
                }
            }

            if (!checkedByAntiforgery && route != "errors/{code:int}")
            {
                failures.Add($"POST {url}: no role reached the anti-forgery check (400)");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Hsts_IsSentOverHttpsOutsideDevelopment_NotOverHttp()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient http = app.StartWithoutDemo(signInAs: null);
        using HttpResponseMessage plain = await http.GetAsync("/sign-in", TestContext.Current.CancellationToken);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));

        HttpClient https = app.NewClient();
        https.BaseAddress = new Uri("https://opencsc.example/");
        using HttpResponseMessage secure = await https.GetAsync("/sign-in", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, string.Join("", secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal("DENY", string.Join("", secure.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join("", secure.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSession_SlidesWhileUsed_AndEndsAfterTwentyMinutesWithoutARequest()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var clock = new MovableClock(WebTestApp.Now);
        app.Start(services =>
        {
            services.AddSingleton<OpenCsc.Web.IDemoSeeder>(new NoDemo());
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        }, signInAs: null);
        HttpClient client = await app.ClientAsync(StaffRole.PerformanceAnalyst);

        async Task<HttpStatusCode> DashboardAsync()
        {
            using HttpResponseMessage response = await client.GetAsync("/dashboard/targets", TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, await DashboardAsync());
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, await DashboardAsync());
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, await DashboardAsync());
        clock.Advance(StaffSignIn.SessionTimeout + TimeSpan.FromSeconds(1));
        using HttpResponseMessage expired = await client.GetAsync("/dashboard/targets", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/sign-in", expired.Headers.Location?.PathAndQuery ?? expired.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileText_IsShownAsText_OnEveryPageThatShowsIt_AndNoChildDataReachesTheLogs()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app, isDemo: false);
        const string hostileNote = "<img src=x onerror=alert(2)> \"quoted\" & <b>bold</b>";
        await using (AppDbContext db = app.OpenContext())
        {
            db.Visits.Add(new Visit { ChildId = borough.Markup.Id, Kind = VisitKind.ChildInNeed, VisitDate = new DateOnly(2026, 6, 1), RecordedAt = new DateTime(2026, 6, 1, 12, 0, 0), ChildSeen = true, Note = hostileNote });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient analyst = await app.ClientAsync(StaffRole.PerformanceAnalyst);
        string child = "/children/" + borough.Markup.Id.ToString(CultureInfo.InvariantCulture);
        string[] pages =
        [
            child,
            child + "?type=visits",
            "/children?q=" + Uri.EscapeDataString(TestBorough.MarkupName),
            "/children?q=Testcase",
            "/trackers/visits",
            "/dashboard/CIN_VISITS_TIMELY/children",
            "/children?q=" + Uri.EscapeDataString("<svg onload=alert(3)>"),
        ];
        foreach (string page in pages)
        {
            using HttpResponseMessage response = await analyst.GetAsync(page, TestContext.Current.CancellationToken);
            string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"GET {page}: {(int)response.StatusCode}");
            Assert.DoesNotContain(TestBorough.MarkupName, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
            IHtmlDocument document = WebTestApp.Parse(html);
            Assert.All(document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"{page} runs an inline script"));
            Assert.Empty(document.QuerySelectorAll("[onerror], [onload], b"));
        }

        IHtmlDocument record = WebTestApp.Parse(await analyst.GetStringAsync(child + "?type=visits", TestContext.Current.CancellationToken));
        Assert.Contains("Note: " + hostileNote, record.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(TestBorough.MarkupName, record.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // A break-glass reason with markup, shown to the manager as text.
        HttpClient social = await app.ClientAsync(StaffRole.SocialWorker, borough.SocialWorker.Id);
        long outOfScope = await OutOfScopeChildAsync(app, borough);
        string glass = "/children/" + outOfScope.ToString(CultureInfo.InvariantCulture) + "/break-glass";
        using (HttpResponseMessage opened = await WebTestApp.PostFormAsync(social, glass, glass, new() { ["reason"] = "<script>alert(4)</script> urgent" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        HttpClient auditor = await app.ClientAsync(StaffRole.QaAuditor);
        string list = await auditor.GetStringAsync("/break-glass", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>alert(4)", list, StringComparison.Ordinal);
        Assert.Contains("<script>alert(4)</script> urgent", WebTestApp.Parse(list).QuerySelector("#accesses tbody")!.TextContent, StringComparison.Ordinal);

        // Nothing that identifies a child, and no search term, in anything the host logged.
        string logs = string.Join('\n', app.Logs);
        foreach (string secret in new[] { TestBorough.MarkupName, "Testcase", "onerror", "svg onload", "alert(4)", borough.Markup.LaChildId, "2016-04-04", "04/04/2016" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    private static async Task<long> OutOfScopeChildAsync(WebTestApp app, TestBorough borough)
    {
        // A child allocated to nobody: outside the social worker's scope.
        await using AppDbContext db = app.OpenContext();
        var child = new OpenCsc.Children.Child { LaChildId = "OUTSIDE1", FirstName = "Oona", LastName = "Outside", DateOfBirth = new DateOnly(2014, 2, 2) };
        db.Children.Add(child);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(0, borough.SocialWorker.Id);
        return child.Id;
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
