using Microsoft.EntityFrameworkCore;
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
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AProtectionPlanFromTheConference_EndsTheChildInNeedPlan_AndAnOutcomeOnTheOldVersionSavesNothing(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        (long childId, long enquiryId, long ann) = await InsertZoeAsync(settings, ct);

        await using (AppDbContext first = AppDatabase.CreateContext(settings))
        {
            var result = await RecordSection47Outcome.RunAsync(first, await PlanRecording.AsWorkerAsync(first, ann, Now),
                new RecordSection47OutcomeCommand(childId, enquiryId, true, new DateOnly(2026, 6, 12), Section47Outcome.ChildProtectionPlan, "SAB", 0), ct);
            Assert.Empty(result.Problems);
            Assert.NotNull(result.Value!.EndedCinPlan);
        }

        await using (AppDbContext second = AppDatabase.CreateContext(settings))
        {
            var result = await RecordSection47Outcome.RunAsync(second, await PlanRecording.AsWorkerAsync(second, ann, Now),
                new RecordSection47OutcomeCommand(childId, enquiryId, false, new DateOnly(2026, 6, 12), Section47Outcome.NoFurtherAction, null, 0), ct);
            Assert.Equal(RecordingOutcome.Conflict, result.Outcome);
            Assert.Equal([new FieldProblem(nameof(RecordSection47OutcomeCommand.EnquiryId), EditConflicts.Message)], result.Problems);
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
        (long childId, long enquiryId, long ann) = await InsertZoeAsync(settings, ct);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            var result = await RecordSection47Outcome.RunAsync(db, await PlanRecording.AsWorkerAsync(db, ann, Now),
                new RecordSection47OutcomeCommand(childId, enquiryId, true, new DateOnly(2026, 6, 5), Section47Outcome.ChildProtectionPlan, "NEG", 0), ct);
            Assert.Empty(result.Problems);
        }

        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            long planId = await db.ChildProtectionPlans.Select(p => p.Id).SingleAsync(ct);
            // While the protection plan is open, no child in need plan can start.
            RecordingResult<CinPlan> blocked = await StartCinPlan.RunAsync(db, await PlanRecording.AsWorkerAsync(db, ann, Now), new StartCinPlanCommand(childId, new DateOnly(2026, 6, 8)), ct);
            Assert.Equal(RecordingOutcome.Invalid, blocked.Outcome);
            Assert.Equal(nameof(StartCinPlanCommand.StartDate), Assert.Single(blocked.Problems).Field);

            var ended = await EndChildProtectionPlan.RunAsync(db, await PlanRecording.AsWorkerAsync(db, ann, Now),
                new EndChildProtectionPlanCommand(childId, planId, new DateOnly(2026, 6, 12), EndChildProtectionPlan.StepDown, 0), ct);
            Assert.Empty(ended.Problems);
            Assert.Equal(new DateOnly(2026, 6, 12), ended.Value!.SteppedDownTo!.StartDate);
        }

        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            RecordingResult<CinPlan> second = await StartCinPlan.RunAsync(db, await PlanRecording.AsWorkerAsync(db, ann, Now), new StartCinPlanCommand(childId, Today), ct);
            Assert.Equal(RecordingOutcome.Invalid, second.Outcome);
            Assert.Equal([new FieldProblem(nameof(StartCinPlanCommand.StartDate), "The child already has a child in need plan, from 12 June 2026")], second.Problems);
        }

        await using AppDbContext check = AppDatabase.CreateContext(settings);
        Assert.Equal(
            [(new DateOnly(2026, 5, 10), (DateOnly?)new DateOnly(2026, 6, 5)), (new DateOnly(2026, 6, 12), (DateOnly?)null)],
            (await check.CinPlans.OrderBy(p => p.StartDate).Select(p => new { p.StartDate, p.EndDate }).ToListAsync(ct)).Select(p => (p.StartDate, p.EndDate)));
        ChildProtectionPlan plan = await check.ChildProtectionPlans.SingleAsync(ct);
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 12), EndChildProtectionPlan.StepDown), (plan.EndDate, plan.EndReason));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TheInitialConferenceIsDue_TheLocalStandardsWorkingDaysAfterTheEnquiryStarted_ByTheLocalCalendar(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        (long childId, long enquiryId, long ann) = await InsertZoeAsync(settings, ct);
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        // Zoe's first enquiry concludes (no conference needed) before the second starts.
        Section47Enquiry first = await db.Section47Enquiries.SingleAsync(e => e.Id == enquiryId, ct);
        (first.Outcome, first.IcpcNotRequired) = (Section47Outcome.NoFurtherAction, true);
        await db.SaveChangesAsync(ct);

        // A local standard of 10 working days, and the authority closed on Friday 12 June.
        RecordingContext context = await PlanRecording.AsWorkerAsync(db, ann, Now,
            timescales: StatutoryTimescales.Default with { IcpcWorkingDays = 10 }, calendar: WorkingDayCalendar.EnglandAndWales([new DateOnly(2026, 6, 12)]));
        var result = await StartSection47Enquiry.RunAsync(db, context, new StartSection47EnquiryCommand(childId, new DateOnly(2026, 6, 9), null), ct);

        // From Tuesday 9 June: 10, 11, 15, 16, 17, 18, 19, 22, 23, 24 June.
        Assert.Equal(RecordingOutcome.Saved, result.Outcome);
        Assert.Equal((DateOnly?)new DateOnly(2026, 6, 24), result.Value!.InitialCpcTarget);
    }

    /// <summary>Zoe, her episode, enquiry and child in need plan; Ann of Team A holds her case (the use cases record as Ann).</summary>
    private static async Task<(long Child, long Enquiry, long Ann)> InsertZoeAsync(DatabaseSettings settings, CancellationToken ct)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var zoe = new Child { LaChildId = "ZOE1", FirstName = "Zoe", LastName = "Planned", DateOfBirth = new DateOnly(2015, 3, 3) };
        var episode = new CinEpisode { Child = zoe, ReferralDate = new DateOnly(2026, 5, 1), ReferralSource = "1A" };
        var enquiry = new Section47Enquiry { CinEpisode = episode, Child = zoe, StartDate = new DateOnly(2026, 6, 1) };
        db.AddRange(team, ann, zoe, episode, enquiry, new CinPlan { CinEpisode = episode, Child = zoe, StartDate = new DateOnly(2026, 5, 10) },
            new Allocation { Child = zoe, Team = team, Worker = ann, StartDate = new DateOnly(2026, 5, 1) });
        await db.SaveChangesAsync(ct);
        return (zoe.Id, enquiry.Id, ann.Id);
    }
}
