using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Recording;

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
            var (refused, blocked) = await StartCinPlan.RunAsync(db, childId, new CinPlanForm("8", "6", "2026"), Today, ct);
            Assert.Null(refused);
            Assert.Equal("start-day", Assert.Single(blocked).Field);

            var (steppedDownTo, problems) = await EndChildProtectionPlan.RunAsync(db, planId, new EndCpPlanForm("12", "6", "2026", EndChildProtectionPlan.StepDown, "0"), Today, ct);
            Assert.Empty(problems);
            Assert.Equal(new DateOnly(2026, 6, 12), steppedDownTo!.StartDate);
        }

        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            var (second, problems) = await StartCinPlan.RunAsync(db, childId, new CinPlanForm("15", "6", "2026"), Today, ct);
            Assert.Null(second);
            Assert.Equal([new FieldProblem("start-day", "The child already has a child in need plan, from 12 June 2026")], problems);
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
}
