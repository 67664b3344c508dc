using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Web;
using OpenCsc.LookedAfter;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation;
using OpenCsc.Workforce;

namespace OpenCsc.IntegrationTests.DataQuality;

/// <summary>
/// The SSDA903 rules on OpenCSC's own data, on both engines. Lou has been looked after since 1 March 2025 (a full care
/// order, long-term foster care with family and friends), held by Ann of Team A; nothing else is recorded about his
/// care, so at the end of the window he has been looked after for 12 months or more without the data items the DfE
/// asks for such children (OC2: health, offending, substance misuse): rule 191, on his episode, the return's
/// Episodes row 0. Nothing else fails.
/// </summary>
public sealed class RunDataQualityTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    private static async Task<(long Lou, long Team, long Ann)> InsertLouAsync(AppDbContext db)
    {
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var lou = new Child { LaChildId = "LOU1", FirstName = "Lou", LastName = "Care", Sex = "M", Ethnicity = "WBRI", DateOfBirth = new DateOnly(2012, 3, 1), Upn = "A123456789012", HomePostcode = "N1 1AA" };
        var care = new PeriodOfCare { Child = lou, StartDate = new DateOnly(2025, 3, 1) };
        db.AddRange(team, ann, lou, care,
            new CareEpisode { PeriodOfCare = care, Child = lou, StartDate = new DateOnly(2025, 3, 1), ReasonForNewEpisode = "S", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U1", PlacementProvider = "PR1", HomePostcode = "N1 1AA", PlacementPostcode = "N2 2BB" },
            new Allocation { Child = lou, Team = team, Worker = ann, StartDate = new DateOnly(2025, 3, 1) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (lou.Id, team.Id, ann.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ARun_ChecksTheCollectionYearSoFar_AndSavesEachFailureWithTheChildAndCaseHolder(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using AppDbContext db = AppDatabase.CreateContext(settings, new FixedTimeProvider(WebTestApp.Now));
        var (lou, team, ann) = await InsertLouAsync(db);

        ValidationRun run = await RunDataQuality.RunAsync(db, new DateOnly(2026, 6, 15), RunTrigger.OnDemand, new DateTime(2026, 6, 15, 12, 0, 0), ct);

        // Two errors: 191, and SW12STG2 (Lou is looked after with no social worker episode recorded).
        Assert.Equal(("ssda903", 2026, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 15), 2, 0), (run.Collection, run.CollectionYear, run.PeriodStart, run.PeriodEnd, run.Errors, run.Queries));
        Assert.True(run.RulesRun > 200, $"{run.RulesRun} rules run");
        // The export has no DoLo table and no placement distance or location columns: those rules say so, once.
        Assert.Contains("table DoLo is absent", run.NotChecked, StringComparison.Ordinal);
        // Nor does OpenCSC hold the Ofsted provider information: the rules checking the placement's URN say so, once.
        Assert.Contains("table Provider Info is absent, so rules 219, 221, 224, 227, 228, 229, 1008 were not run", run.NotChecked, StringComparison.Ordinal);
        await using AppDbContext check = AppDatabase.CreateContext(settings);
        Assert.Equal(["191", "SW12STG2"], await check.DataQualityFailures.Select(f => f.Rule).OrderBy(r => r).ToListAsync(ct));
        DataQualityFailure failure = await check.DataQualityFailures.SingleAsync(f => f.Rule == "191", ct);
        Assert.Equal(("191", RuleType.Error, "Episodes", 0, "LOU1", (long?)lou, (long?)team, (long?)ann),
            (failure.Rule, failure.Type, failure.TableName, failure.Row, failure.LaChildId, failure.ChildId, failure.TeamId, failure.WorkerId));
        // One audit summary for the run's rows, not one entry per failure.
        Assert.Equal(0, await check.AuditEntries.CountAsync(e => e.EntityType == nameof(DataQualityFailure), ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AnExplainedQuery_StopsShowingForThatChildAndRule_InThisRunAndLaterOnes_AndErrorsCannotBeExplained(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using AppDbContext db = AppDatabase.CreateContext(settings, new FixedTimeProvider(WebTestApp.Now));
        db.AuditContext = new AuditContext("7", "Pat Analyst", "127.0.0.1");
        var (lou, team, ann) = await InsertLouAsync(db);
        var kit = new Child { LaChildId = "KIT1", FirstName = "Kit", LastName = "Other" };
        db.Children.Add(kit);
        await db.SaveChangesAsync(ct);

        // Two runs as the CIN census rules would record them: a query for Lou and for Kit, and an error for Lou.
        ValidationRun Run(int day) => new()
        {
            Collection = "cin-census",
            CollectionYear = 2026,
            PeriodStart = new DateOnly(2026, 4, 1),
            PeriodEnd = new DateOnly(2026, 6, day),
            RanAt = new DateTime(2026, 6, day, 2, 0, 0),
            Trigger = RunTrigger.Nightly,
            RulesRun = 3,
            Errors = 1,
            Queries = 2,
            Failures =
            [
                new() { Rule = "8610Q", Type = RuleType.Query, TableName = "CINdetails", LaChildId = "LOU1", ChildId = lou, TeamId = team, WorkerId = ann, Message = "Please check: a query" },
                new() { Rule = "8610Q", Type = RuleType.Query, TableName = "CINdetails", LaChildId = "KIT1", ChildId = kit.Id, Message = "Please check: a query" },
                new() { Rule = "8500", Type = RuleType.Error, TableName = "ChildIdentifiers", LaChildId = "LOU1", ChildId = lou, TeamId = team, WorkerId = ann, Message = "An error" },
            ],
        };
        ValidationRun first = Run(14);
        db.ValidationRuns.Add(first);
        await db.SaveChangesAsync(ct);
        var list = new ListDataQuality(db);
        string Counts(IReadOnlyList<RuleCount> rules) => string.Join(", ", rules.Select(r => $"{r.Rule}:{r.Count}"));
        Assert.Equal("8500:1, 8610Q:2", Counts(await list.ByRuleAsync(first, cancellationToken: ct)));

        long louQuery = first.Failures.Single(f => f.Rule == "8610Q" && f.ChildId == lou).Id;
        long louError = first.Failures.Single(f => f.Rule == "8500").Id;
        var analyst = new StaffUser(7, "Pat Analyst", StaffRole.PerformanceAnalyst, null);
        ChildScope scope = await ChildScope.ForAsync(db, analyst, WebTestApp.Today, WebTestApp.Now.UtcDateTime, ct);
        var context = new RecordingContext(db.AuditContext, scope, new FixedTimeProvider(WebTestApp.Now), StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales());
        async Task<string?> ExplainAsync(long failure, string note) =>
            (await ExplainQuery.RunAsync(db, context, new ExplainQueryCommand(failure, note), ct)).Problems.SingleOrDefault()?.Message;
        Assert.Equal("Rule 8500 is an error, not a query: fix the record rather than explain it", await ExplainAsync(louError, "It is fine"));
        Assert.Equal("Enter why the data is right", await ExplainAsync(louQuery, "  "));
        Assert.Null(await ExplainAsync(louQuery, "Checked with the team: the dates are right."));

        Assert.Equal("8500:1, 8610Q:1", Counts(await list.ByRuleAsync(first, cancellationToken: ct)));
        ValidationRun later = Run(15);
        db.ValidationRuns.Add(later);
        await db.SaveChangesAsync(ct);
        Assert.Equal("8500:1, 8610Q:1", Counts(await list.ByRuleAsync(later, cancellationToken: ct)));
        var (rows, shown, total) = await list.FailuresAsync(later, "8610Q", db.Children.Select(c => c.Id), cancellationToken: ct);
        Assert.Equal((1, 1, "KIT1"), (shown, total, rows.Single().LaChildId));
        Assert.Equal([new HolderCount(team, "Team A", null, 1, 0), new HolderCount(null, null, null, 0, 1)], await list.ByTeamAsync(later, ct));
        // The trend counts what still needs looking at: the explanation applies to the earlier run too.
        Assert.Equal([(14, 1, 1), (15, 1, 1)], (await list.TrendAsync("cin-census", cancellationToken: ct)).Select(r => (r.RanAt.Day, r.Errors, r.Queries)));

        AuditEntry explained = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(ExplainedQuery), ct);
        Assert.Equal((AuditAction.Create, "Pat Analyst", (long?)lou), (explained.Action, explained.UserName, explained.ChildId));
        Assert.Contains("Checked with the team: the dates are right.", explained.Details, StringComparison.Ordinal);
    }
}
