using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Web;
using OpenCsc.Recording;
using OpenCsc.Workforce;

namespace OpenCsc.IntegrationTests.ChildProtection;

/// <summary>
/// The plan use cases on both engines (the page tests run on one): the child's row lock and the version checks hold on
/// PostgreSQL as on SQLite. Zoe was referred on 1 May 2026, has been on a child in need plan since 10 May, and a section
/// 47 enquiry started on 1 June; today is Monday 15 June.
/// </summary>
public sealed class PlanRecordingTests(PostgresServer postgres)
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AProtectionPlanFromTheConference_EndsTheChildInNeedPlan_AndAnOutcomeOnTheOldVersionSavesNothing(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        (long childId, long enquiryId) = await InsertZoeAsync(settings, ct);

        await using (AppDbContext first = AppDatabase.CreateContext(settings))
        {
            var (concluded, problems) = await RecordSection47Outcome.RunAsync(first, enquiryId,
                new Section47OutcomeForm(RecordSection47Outcome.Held, "12", "6", "2026", nameof(Section47Outcome.ChildProtectionPlan), "SAB", "0"), Today, ct);
            Assert.Empty(problems);
            Assert.NotNull(concluded!.EndedCinPlan);
        }

        await using (AppDbContext second = AppDatabase.CreateContext(settings))
        {
            var (concluded, problems) = await RecordSection47Outcome.RunAsync(second, enquiryId,
                new Section47OutcomeForm(RecordSection47Outcome.NotRequired, "12", "6", "2026", nameof(Section47Outcome.NoFurtherAction), null, "0"), Today, ct);
            Assert.Null(concluded);
            Assert.Equal([new FieldProblem("current", EditConflicts.Message)], problems);
        }

        await using AppDbContext check = AppDatabase.CreateContext(settings);
        Section47Enquiry enquiry = await check.Section47Enquiries.SingleAsync(ct);
        Assert.Equal(((Section47Outcome?)Section47Outcome.ChildProtectionPlan, (DateOnly?)new DateOnly(2026, 6, 12), false), (enquiry.Outcome, enquiry.DateOfInitialCpc, enquiry.IcpcNotRequired));
        ChildProtectionPlan plan = await check.ChildProtectionPlans.SingleAsync(ct);
        Assert.Equal((childId, new DateOnly(2026, 6, 12), "SAB"), (plan.ChildId, plan.StartDate, plan.LatestCategory));
        CinPlan cin = await check.CinPlans.SingleAsync(ct);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), EndCinPlan.CpPlanStarted), (cin.EndDate, cin.EndReason));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SteppingDownEndsTheProtectionPlan_AndStartsOneChildInNeedPlanThatDay(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        (long childId, long enquiryId) = await InsertZoeAsync(settings, ct);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            var (_, problems) = await RecordSection47Outcome.RunAsync(db, enquiryId,
                new Section47OutcomeForm(RecordSection47Outcome.Held, "5", "6", "2026", nameof(Section47Outcome.ChildProtectionPlan), "NEG", "0"), Today, ct);
            Assert.Empty(problems);
        }

        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            long planId = await db.ChildProtectionPlans.Select(p => p.Id).SingleAsync(ct);
            // While the protection plan is open, no child in need plan can start.
            RecordingResult<CinPlan> blocked = await StartCinPlan.RunAsync(db, await CaseHolderAsync(db, childId, ct), new StartCinPlanCommand(childId, new DateOnly(2026, 6, 8)), ct);
            Assert.Equal(RecordingOutcome.Invalid, blocked.Outcome);
            Assert.Equal(nameof(StartCinPlanCommand.StartDate), Assert.Single(blocked.Problems).Field);

            var (steppedDownTo, problems) = await EndChildProtectionPlan.RunAsync(db, planId, new EndCpPlanForm("12", "6", "2026", EndChildProtectionPlan.StepDown, "0"), Today, ct);
            Assert.Empty(problems);
            Assert.Equal(new DateOnly(2026, 6, 12), steppedDownTo!.StartDate);
        }

        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            RecordingResult<CinPlan> second = await StartCinPlan.RunAsync(db, await CaseHolderAsync(db, childId, ct), new StartCinPlanCommand(childId, Today), ct);
            Assert.Equal(RecordingOutcome.Invalid, second.Outcome);
            Assert.Equal([new FieldProblem(nameof(StartCinPlanCommand.StartDate), "The child already has a child in need plan, from 12 June 2026")], second.Problems);
        }

        await using AppDbContext check = AppDatabase.CreateContext(settings);
        Assert.Equal(
            [(new DateOnly(2026, 5, 10), (DateOnly?)new DateOnly(2026, 6, 5)), (new DateOnly(2026, 6, 12), (DateOnly?)null)],
            (await check.CinPlans.OrderBy(p => p.StartDate).Select(p => new { p.StartDate, p.EndDate }).ToListAsync(ct)).Select(p => (p.StartDate, p.EndDate)));
        ChildProtectionPlan ended = await check.ChildProtectionPlans.SingleAsync(ct);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), EndChildProtectionPlan.StepDown), (ended.EndDate, ended.EndReason));
    }

    private static async Task<(long Child, long Enquiry)> InsertZoeAsync(DatabaseSettings settings, CancellationToken ct)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        var zoe = new Child { LaChildId = "ZOE1", FirstName = "Zoe", LastName = "Planned", DateOfBirth = new DateOnly(2015, 3, 3) };
        var episode = new CinEpisode { Child = zoe, ReferralDate = new DateOnly(2026, 5, 1), ReferralSource = "1A" };
        var enquiry = new Section47Enquiry { CinEpisode = episode, Child = zoe, StartDate = new DateOnly(2026, 6, 1) };
        db.AddRange(zoe, episode, enquiry, new CinPlan { CinEpisode = episode, Child = zoe, StartDate = new DateOnly(2026, 5, 10) });
        await db.SaveChangesAsync(ct);
        return (zoe.Id, enquiry.Id);
    }

    /// <summary>The recording context of Zoe's social worker (allocated from 1 May, added the first time), at noon today.</summary>
    private static async Task<RecordingContext> CaseHolderAsync(AppDbContext db, long childId, CancellationToken ct)
    {
        Worker? ann = await db.Workers.FirstOrDefaultAsync(w => w.StaffNumber == "ANN", ct);
        if (ann is null)
        {
            var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
            ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
            db.AddRange(team, ann, new Allocation { ChildId = childId, Team = team, Worker = ann, StartDate = new DateOnly(2026, 5, 1) });
            await db.SaveChangesAsync(ct);
        }

        var now = new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var user = new StaffUser(1, "Ann Worker", StaffRole.SocialWorker, ann.Id);
        ChildScope scope = await ChildScope.ForAsync(db, user, Today, now.UtcDateTime, ct);
        return new RecordingContext(AuditContext.ForSystem("test"), scope, new FixedTimeProvider(now), StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales());
    }
}
