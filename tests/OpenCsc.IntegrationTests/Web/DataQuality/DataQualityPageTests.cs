using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCsc.Accounts;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Background;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.DataQuality;

/// <summary>
/// The data quality pages as at 15 June 2026: Lou (Team A, Ann's) has been looked after since 1 March 2025 with no
/// OC2 data items, so rule 191 fails for him. An analyst asks for a run; Ann sees her child; Bob (Team B) sees the
/// count but not the child.
/// </summary>
public sealed class DataQualityPageTests
{
    [Fact]
    public async Task AnAnalystRunsTheChecks_TheFailureShowsByRuleTeamAndWorker_AndOnlyThoseInScopeSeeTheChild()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long ann, bob;
        await using (AppDbContext db = app.OpenContext())
        {
            var service = new Service { Name = "North" };
            var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = service };
            var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = service };
            var annW = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamA, StartDate = new DateOnly(2020, 1, 1) };
            var bobW = new Worker { StaffNumber = "BOB", FirstName = "Bob", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = teamB, StartDate = new DateOnly(2020, 1, 1) };
            var lou = new Child { LaChildId = "LOU1", FirstName = "Lounamed", LastName = "Care", Sex = "M", Ethnicity = "WBRI", DateOfBirth = new DateOnly(2012, 3, 1), Upn = "A123456789012", HomePostcode = "N1 1AA" };
            var care = new PeriodOfCare { Child = lou, StartDate = new DateOnly(2025, 3, 1) };
            db.AddRange(service, teamA, teamB, annW, bobW, lou, care,
                new CareEpisode { PeriodOfCare = care, Child = lou, StartDate = new DateOnly(2025, 3, 1), ReasonForNewEpisode = "S", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U1", PlacementProvider = "PR1", HomePostcode = "N1 1AA", PlacementPostcode = "N2 2BB" },
                new Allocation { Child = lou, Team = teamA, Worker = annW, StartDate = new DateOnly(2025, 3, 1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (ann, bob) = (annW.Id, bobW.Id);
        }

        HttpClient analyst = app.StartWithoutDemo();
        Assert.NotNull((await WebTestApp.GetPageAsync(analyst, "/data-quality")).QuerySelector("#no-run"));
        using (HttpResponseMessage asked = await WebTestApp.PostFormAsync(analyst, "/data-quality", "/data-quality", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        // The background service picks the request up; the test runs the same work itself to know when it is done.
        IReadOnlyList<ValidationRun> runs = await app.Services.GetRequiredService<DataQualityRunner>().RunOnceAsync(RunTrigger.OnDemand, DataQualityRunner.NightlyRun, TestContext.Current.CancellationToken);
        Assert.Equal(["ssda903", "cin-census"], runs.Select(r => r.Collection));

        IHtmlDocument page = await WebTestApp.GetPageAsync(analyst, "/data-quality");
        Assert.Equal("1", page.QuerySelector("#rules tr[data-rule='191'] [data-field='count']")?.TextContent.Trim());
        // 191, and SW12STG2: Lou is looked after with no social worker episode recorded.
        Assert.Equal("2 errors, 0 queries (before explanations)", page.QuerySelector("#found")?.TextContent.Trim());
        Assert.Contains("1 April 2026 to 15 June 2026", page.QuerySelector("#window")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Team A", page.QuerySelector("#teams tbody th")?.TextContent.Trim());
        Assert.StartsWith("Ann Worker", page.QuerySelector("#workers tbody th")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#trend-table tbody tr"));

        IHtmlDocument cin = await WebTestApp.GetPageAsync(analyst, "/data-quality?collection=cin-census");
        Assert.Equal("CIN census", cin.QuerySelector("#collection-current")?.TextContent.Trim());
        Assert.Equal($"{runs[1].Errors} errors, {runs[1].Queries} queries (before explanations)", cin.QuerySelector("#found")?.TextContent.Trim());
        Assert.StartsWith("CIN census 2026/27, 1 April 2026 to 15 June 2026; 109 rules", cin.QuerySelector("#window")?.TextContent.Trim(), StringComparison.Ordinal);

        HttpClient annClient = await app.ClientAsync(StaffRole.SocialWorker, ann);
        IHtmlDocument mine = await WebTestApp.GetPageAsync(annClient, "/data-quality/191");
        Assert.Equal("Lounamed Care", mine.QuerySelector("#failures tr[data-child='LOU1'] th a")?.TextContent.Trim());
        Assert.Equal("1 record fails; all are shown below.", mine.QuerySelector("#counts")?.TextContent.Trim());
        Assert.Null(mine.QuerySelector("#run-now"));

        HttpClient bobClient = await app.ClientAsync(StaffRole.SocialWorker, bob);
        string theirs = await bobClient.GetStringAsync("/data-quality/191", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Lounamed", theirs, StringComparison.Ordinal);
        Assert.Equal("1 record fails; 0 are of children you may see.", WebTestApp.Parse(theirs).QuerySelector("#counts")?.TextContent.Trim());
        using HttpResponseMessage refused = await WebTestApp.PostFormAsync(bobClient, "/data-quality", "/data-quality", []);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AnExplainedQuery_NamesTheAnalyst_InItsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long kit;
        await using (AppDbContext db = app.OpenContext())
        {
            var child = new Child { LaChildId = "KIT1", FirstName = "Kit", LastName = "Other" };
            db.Children.Add(child);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            kit = child.Id;
            db.ValidationRuns.Add(new ValidationRun
            {
                Collection = "cin-census",
                CollectionYear = 2026,
                PeriodStart = new DateOnly(2026, 4, 1),
                PeriodEnd = new DateOnly(2026, 6, 14),
                RanAt = new DateTime(2026, 6, 14, 2, 0, 0),
                Trigger = RunTrigger.Nightly,
                RulesRun = 1,
                Queries = 1,
                Failures = [new() { Rule = "8610Q", Type = OpenCsc.Returns.Validation.RuleType.Query, TableName = "CINdetails", LaChildId = "KIT1", ChildId = kit, Message = "Please check: a query" }],
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        app.StartWithoutDemo(signInAs: null);
        HttpClient analyst = app.NewClient();
        string userName = await app.SignInAsync(analyst, StaffRole.PerformanceAnalyst);
        const string RuleUrl = "/data-quality/8610Q?collection=cin-census";
        IHtmlDocument page = await WebTestApp.GetPageAsync(analyst, RuleUrl);
        string failure = page.QuerySelector("#failures input[name='failure']")!.GetAttribute("value")!;

        using (HttpResponseMessage empty = await WebTestApp.PostFormAsync(analyst, RuleUrl, RuleUrl, new() { ["failure"] = failure, ["note"] = " " }))
        {
            IHtmlDocument refused = WebTestApp.Parse(await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("Enter why the data is right", refused.QuerySelector($".govuk-error-summary__list a[href='#note-{failure}']")?.TextContent.Trim());
        }

        using (HttpResponseMessage explained = await WebTestApp.PostFormAsync(analyst, RuleUrl, RuleUrl, new() { ["failure"] = failure, ["note"] = "Checked with the team: the dates are right." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, explained.StatusCode);
        }

        await using AppDbContext check = app.OpenContext();
        ExplainedQuery query = check.ExplainedQueries.Single();
        Assert.Equal(("8610Q", kit, "Test Performance analyst"), (query.Rule, query.ChildId, query.ExplainedBy));
        await RecordedBy.AssertAsync(check, userName, query);
    }

    /// <summary>"Run the checks now" runs in the background as the analyst who asked: the runs' stamps and their audit entries name them.</summary>
    [Fact]
    public async Task RunTheChecksNow_RunsAsTheAnalystWhoAsked()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.StartWithoutDemo(signInAs: null);
        HttpClient analyst = app.NewClient();
        string userName = await app.SignInAsync(analyst, StaffRole.PerformanceAnalyst);

        using (HttpResponseMessage asked = await WebTestApp.PostFormAsync(analyst, "/data-quality", "/data-quality", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        // The background service runs both returns' checks; wait (at most two minutes) for both runs to be saved.
        DataQualityRunner runner = app.Services.GetRequiredService<DataQualityRunner>();
        List<ValidationRun> runs = [];
        for (int attempt = 0; attempt < 1200 && (runs.Count < 2 || runner.Running); attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            await using AppDbContext poll = app.OpenContext();
            runs = await poll.ValidationRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal([(RunDataQuality.Ssda903, RunTrigger.OnDemand, userName), (RunDataQuality.CinCensus, RunTrigger.OnDemand, userName)],
            runs.Select(r => (r.Collection, r.Trigger, r.CreatedBy)));
        await using AppDbContext db = app.OpenContext();
        // A run is saved in bulk: its audit entries are the bulk operation's summaries.
        List<string> auditedAs = await db.AuditEntries.Where(e => e.Details != null && e.Details.Contains("\"operation\":\"data quality run\""))
            .Select(e => e.UserName).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([userName], auditedAs);
    }
}
