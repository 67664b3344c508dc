using System.Net;
using AngleSharp.Html.Dom;
using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Indicators.Targets;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Dashboard;

/// <summary>
/// The dashboard on a hand-built borough, today being 15 June 2026: two assessments started on Friday 27 March 2026,
/// one authorised on Thursday 4 June (the 45th working day after, in time) and one on Friday 5 June (the 46th, late),
/// both children allocated to Team A. So June's ASSESSMENTS_45WD is 1 of 2, 50.0%, against a target of 90.0%: red.
/// </summary>
[Trait("Category", TestCategories.Slow)]
public sealed class DashboardPageTests(PostgresServer postgres)
{
    private static async Task<(WebTestApp App, HttpClient Client, long TeamId)> StartAsync()
    {
        WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long teamId;
        await using (AppDbContext db = app.OpenContext())
        {
            var service = new Service { Name = "Assessment service" };
            var team = new Team { Name = "Team A", Kind = TeamKind.Assessment, Service = service };
            var worker = new Worker { StaffNumber = "W1", FirstName = "Wendy", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1), IsCaseHolding = true };
            db.AddRange(service, team, worker);
            foreach (var (id, name, authorised) in new[] { ("C1", "Intime", new DateOnly(2026, 6, 4)), ("C2", "Late", new DateOnly(2026, 6, 5)) })
            {
                var child = new Child { LaChildId = id, FirstName = name, LastName = "Child", DateOfBirth = new DateOnly(2016, 1, 1) };
                var episode = new CinEpisode { Child = child, ReferralDate = new DateOnly(2026, 3, 26), ReferralSource = "1A" };
                db.AddRange(child, episode,
                    new Assessment { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 3, 27), AuthorisationDate = authorised, Outcome = AssessmentOutcome.NoFurtherAction },
                    new Allocation { Child = child, Team = team, Worker = worker, StartDate = new DateOnly(2026, 3, 26) });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            teamId = team.Id;
        }

        return (app, app.StartWithoutDemo(), teamId);
    }

    [Fact]
    public async Task Dashboard_ShowsEachIndicatorsLatestFigureAgainstTarget()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/dashboard");

        var row = page.QuerySelector("#indicator-ASSESSMENTS_45WD")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Assessments completed within 45 working days", row.QuerySelector("th a")!.TextContent.Trim());
        Assert.Equal(["50.0%", "1 of 2", "90.0%", "Red"], cells.Take(4));
        Assert.NotNull(row.QuerySelector("svg.app-sparkline[aria-hidden='true']"));
        Assert.Equal(OpenCsc.Indicators.IndicatorCatalogue.All.Count, page.QuerySelectorAll("#indicators tbody tr").Length);
        Assert.Contains("Jun 2026 (to 15 Jun)", page.QuerySelector("#indicators caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_HasTheChartWithItsNumbers_ComparatorsAndBreakdown()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/dashboard/ASSESSMENTS_45WD");

        Assert.Equal("50.0%", page.QuerySelector("#latest-value")!.TextContent.Trim());
        Assert.Equal("1 of 2", page.QuerySelector("#latest-fraction")!.TextContent.Trim());
        var chart = page.QuerySelector("svg.app-chart[role='img']")!;
        Assert.Equal("Assessments completed within 45 working days, by month", chart.QuerySelector("title")!.TextContent);
        Assert.Single(chart.QuerySelectorAll("circle")); // only June has a figure
        var months = page.QuerySelectorAll("#monthly-figures tbody tr");
        Assert.Equal(24, months.Length);
        Assert.Equal(["50.0%", "1 of 2"], months[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal(["No data", "0 of 0"], months[1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        // The DfE's published comparators are loaded by default.
        var comparators = page.QuerySelectorAll("table[aria-describedby='comparators'] tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Contains("England", comparators);
        Assert.Contains("London", comparators);
        var breakdown = page.QuerySelectorAll("#breakdown-table tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal([["Team A", "50.0%", "1 of 2"]], breakdown);

        IHtmlDocument byWorker = await WebTestApp.GetPageAsync(client, "/dashboard/ASSESSMENTS_45WD?by=worker");
        Assert.Equal("Wendy Worker", byWorker.QuerySelector("#breakdown-table tbody th")!.TextContent.Trim());
    }

    [Fact]
    public async Task ChildrenBehindTheFigure_AreListedWithWhetherTheyCounted()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;
        IHtmlDocument indicator = await WebTestApp.GetPageAsync(client, "/dashboard/ASSESSMENTS_45WD");

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, indicator.QuerySelector("#children-link")!.GetAttribute("href")!);

        var rows = page.QuerySelectorAll("#children tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([["C1", "Intime Child", "4 June 2026", "Yes"], ["C2", "Late Child", "5 June 2026", "No"]], rows);
        Assert.StartsWith("1 of 2 counted.", page.QuerySelector("#summary")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamFilter_CountsOnlyThatTeamsChildren()
    {
        var (app, client, teamId) = await StartAsync();
        await using WebTestApp _ = app;
        long otherTeam;
        await using (AppDbContext db = app.OpenContext())
        {
            var team = new Team { Name = "Team B", Kind = TeamKind.Assessment, ServiceId = db.Services.First().Id };
            db.Teams.Add(team);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            otherTeam = team.Id;
        }

        IHtmlDocument a = await WebTestApp.GetPageAsync(client, $"/dashboard?team={teamId}");
        IHtmlDocument b = await WebTestApp.GetPageAsync(client, $"/dashboard?team={otherTeam}");

        Assert.Equal("1 of 2", a.QuerySelectorAll("#indicator-ASSESSMENTS_45WD td")[1].TextContent.Trim());
        Assert.Equal("0 of 0", b.QuerySelectorAll("#indicator-ASSESSMENTS_45WD td")[1].TextContent.Trim());
        Assert.Equal(teamId.ToString(System.Globalization.CultureInfo.InvariantCulture), a.QuerySelector("#team option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Summary_PutsAnIndicatorShortOfTargetAndNoCloser_AmongTheWorries()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/dashboard/summary");

        var worried = page.QuerySelectorAll("ul[aria-labelledby='worried'] li a").Select(a => a.TextContent.Trim()).ToList();
        var information = page.QuerySelectorAll("ul[aria-labelledby='for-information'] li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Assessments completed within 45 working days", worried);
        Assert.Contains("Contacts that led to a referral", information);
    }

    [Fact]
    public async Task Comparators_CanBeAddedWithCheckedInput_AndShowOnTheIndicator()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, "/dashboard/comparators");
        string token = form.QuerySelector("form[action='/dashboard/comparators'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var bad = await client.PostAsync("/dashboard/comparators", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["code"] = "ASSESSMENTS_45WD",
            ["area"] = "Our region",
            ["year"] = "25",
            ["value"] = "101",
        }), TestContext.Current.CancellationToken);
        IHtmlDocument errors = WebTestApp.Parse(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Enter the reporting year as 4 numbers, for example 2025", "A percentage must be between 0 and 100"],
            errors.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Our region", errors.QuerySelector("#area")!.GetAttribute("value"));

        using var good = await client.PostAsync("/dashboard/comparators", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["code"] = "ASSESSMENTS_45WD",
            ["area"] = "Our region",
            ["year"] = "2026",
            ["value"] = "81.5",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);

        IHtmlDocument indicator = await WebTestApp.GetPageAsync(client, "/dashboard/ASSESSMENTS_45WD");
        var region = indicator.QuerySelectorAll("table[aria-describedby='comparators'] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Our region").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2026", "81.5%"], region.Take(2));
    }

    [Fact]
    public async Task Targets_CanBeSetWithAReason_RerateTheDashboard_AndGoBackToTheDefault()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, "/dashboard/targets?code=ASSESSMENTS_45WD");
        Assert.Equal("90", form.QuerySelector("#value")!.GetAttribute("value"));
        string token = form.QuerySelector("form[action='/dashboard/targets'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var bad = await client.PostAsync("/dashboard/targets", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["code"] = "ASSESSMENTS_45WD",
            ["value"] = "150",
            ["reason"] = "",
        }), TestContext.Current.CancellationToken);
        IHtmlDocument errors = WebTestApp.Parse(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["A percentage target must be between 0 and 100", "Enter why the target is set at this figure, for example the improvement board's decision of 12 May"],
            errors.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()));
        Assert.Equal("150", errors.QuerySelector("#value")!.GetAttribute("value"));

        // 50% against a target of 50%: green.
        using var good = await client.PostAsync("/dashboard/targets", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["code"] = "ASSESSMENTS_45WD",
            ["value"] = "50%",
            ["reason"] = "Improvement board, 1 June 2026: a first step",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        IHtmlDocument dashboard = await WebTestApp.GetPageAsync(client, "/dashboard");
        Assert.Equal(["50.0%", "1 of 2", "50.0%", "Green"], dashboard.QuerySelector("#indicator-ASSESSMENTS_45WD")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Take(4));
        IHtmlDocument targets = await WebTestApp.GetPageAsync(client, "/dashboard/targets");
        var row = targets.QuerySelector("#target-ASSESSMENTS_45WD")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Higher is better", "90.0%", "50.0%"], row.Skip(1).Take(3));
        Assert.Contains("Improvement board, 1 June 2026: a first step", row[4], StringComparison.Ordinal);

        string resetToken = targets.QuerySelector("#target-ASSESSMENTS_45WD form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var reset = await client.PostAsync("/dashboard/targets?handler=Reset", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = resetToken,
            ["code"] = "ASSESSMENTS_45WD",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        dashboard = await WebTestApp.GetPageAsync(client, "/dashboard");
        Assert.Equal(["90.0%", "Red"], dashboard.QuerySelector("#indicator-ASSESSMENTS_45WD")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Skip(2).Take(2));
    }

    [Fact]
    public async Task UnknownIndicator_IsNotFound()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        using HttpResponseMessage response = await client.GetAsync("/dashboard/NOT_A_CODE", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ATargetAndAComparator_NameTheAnalystWhoSetThem_InTheirStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, OpenCsc.Accounts.StaffRole.PerformanceAnalyst);

        using (HttpResponseMessage target = await WebTestApp.PostFormAsync(client, "/dashboard/targets?code=ASSESSMENTS_45WD", "/dashboard/targets", new()
        {
            ["code"] = "ASSESSMENTS_45WD",
            ["value"] = "80",
            ["reason"] = "Improvement board, 1 June 2026",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, target.StatusCode);
        }

        using (HttpResponseMessage comparator = await WebTestApp.PostFormAsync(client, "/dashboard/comparators", "/dashboard/comparators", new()
        {
            ["code"] = "ASSESSMENTS_45WD",
            ["area"] = "Our region",
            ["year"] = "2026",
            ["value"] = "81.5",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, comparator.StatusCode);
        }

        await using AppDbContext db = app.OpenContext();
        IndicatorTarget saved = db.IndicatorTargets.Single(t => t.IndicatorCode == "ASSESSMENTS_45WD");
        Assert.Equal(0.8, saved.Value, 10);
        await RecordedBy.AssertAsync(db, userName, saved);
        await RecordedBy.AssertAsync(db, userName, db.Comparators.Single(c => c.Area == "Our region"));
        // The targets page says who set it.
        IHtmlDocument targets = await WebTestApp.GetPageAsync(client, "/dashboard/targets");
        Assert.StartsWith(userName + ", 15 June 2026", targets.QuerySelector("#target-ASSESSMENTS_45WD")!.QuerySelectorAll("td")[4].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TwoAnalystsChangingOneTarget_TheSecondIsToldItChanged_AndTheFirstTargetStands(Engine engine)
    {
        await using WebTestApp app = WebTestApp.ForDatabase(await new TestDatabases(postgres).CreateMigratedAsync(engine));
        HttpClient first = app.StartWithoutDemo();
        HttpClient second = await app.ClientAsync(OpenCsc.Accounts.StaffRole.PerformanceAnalyst);
        const string FormUrl = "/dashboard/targets?code=ASSESSMENTS_45WD";
        Dictionary<string, string> Fields(IHtmlDocument form, string value, string reason) => new()
        {
            ["code"] = "ASSESSMENTS_45WD",
            ["value"] = value,
            ["reason"] = reason,
            ["versionOf"] = form.QuerySelector("input[name='versionOf']")!.GetAttribute("value") ?? "",
            ["version"] = form.QuerySelector("input[name='version']")!.GetAttribute("value") ?? "",
        };
        using (HttpResponseMessage set = await WebTestApp.PostFormAsync(first, FormUrl, "/dashboard/targets", Fields(await WebTestApp.GetPageAsync(first, FormUrl), "70", "Board, 1 May 2026")))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        // Both open the target as set; the first changes it; the second's change is refused.
        IHtmlDocument firstForm = await WebTestApp.GetPageAsync(first, FormUrl), secondForm = await WebTestApp.GetPageAsync(second, FormUrl);
        Assert.Equal("0", secondForm.QuerySelector("input[name='version']")!.GetAttribute("value"));
        using (HttpResponseMessage changed = await WebTestApp.PostFormAsync(first, FormUrl, "/dashboard/targets", Fields(firstForm, "75", "Board, 1 June 2026")))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using (HttpResponseMessage stale = await WebTestApp.PostFormAsync(second, FormUrl, "/dashboard/targets", Fields(secondForm, "60", "My own idea")))
        {
            IHtmlDocument page = WebTestApp.Parse(await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Equal(EditConflicts.Message, page.QuerySelector(".govuk-error-summary__list a[href='#value']")?.TextContent.Trim());
            Assert.Equal("60", page.QuerySelector("#value")!.GetAttribute("value"));
            // The form now carries the target as it is, so saving again goes ahead.
            Assert.Equal("1", page.QuerySelector("input[name='version']")!.GetAttribute("value"));
        }

        await using AppDbContext db = app.OpenContext();
        IndicatorTarget target = db.IndicatorTargets.Single();
        Assert.Equal((0.75, "Board, 1 June 2026", 1), (Math.Round(target.Value, 10), target.Reason, target.RowVersion));
    }
}
