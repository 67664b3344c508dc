using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class CaseloadAvgTests(PostgresServer postgres)
{
    private static async Task<(Journeys Journeys, OpenCsc.Workforce.Team A)> CaseloadsAsync(PostgresServer postgres, Engine engine)
    {
        Journeys j = await Journeys.CreateAsync(postgres, engine);
        // As at 30 June 2026. Team A: A1 holds three children (a fourth moved on that day, a fifth arrives the next),
        // A2 holds none, and the manager's child does not count (not case-holding). Team B: B1 holds two; B2 left on
        // 30 June; one child sits with the team unallocated.
        var (a, a1) = j.TeamWithWorker("A", "A1");
        var a2 = j.Worker(a, "A2");
        var manager = j.Worker(a, "TM", caseHolding: false);
        var (b, b1) = j.TeamWithWorker("B", "B1");
        var b2 = j.Worker(b, "B2", end: D(2026, 6, 30));
        j.Allocate(j.Child("C1"), a, a1, D(2026, 1, 1));
        j.Allocate(j.Child("C2"), a, a1, D(2026, 6, 30));
        j.Allocate(j.Child("C3"), a, a1, D(2025, 1, 1), D(2026, 7, 1));
        j.Allocate(j.Child("C4"), a, a1, D(2026, 1, 1), D(2026, 6, 30));
        j.Allocate(j.Child("C5"), a, a1, D(2026, 7, 1));
        j.Allocate(j.Child("C6"), a, manager, D(2026, 1, 1));
        j.Allocate(j.Child("C7"), b, b1, D(2026, 1, 1));
        j.Allocate(j.Child("C8"), b, b1, D(2026, 1, 1));
        j.Allocate(j.Child("C9"), b, b2, D(2026, 1, 1));
        j.Allocate(j.Child("C10"), b, null, D(2026, 1, 1));
        _ = a2;
        return (j, a);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChildrenPerCaseHoldingWorkerInPost(Engine engine)
    {
        var (j, a) = await CaseloadsAsync(postgres, engine);
        await using (j)
        {
            IndicatorValue all = await j.ComputeAsync(new CaseloadAvg(), Month(2026, 6));
            IndicatorValue teamA = await j.ComputeForTeamAsync(new CaseloadAvg(), Month(2026, 6), a);
            var rows = await j.RowsAsync(new CaseloadAvg(), Month(2026, 6));

            // Five children (C1-C3, C7, C8) over three workers (A1, A2, B1); team A: three over two.
            Assert.Equal((5L, (long?)3), (all.Numerator, all.Denominator));
            Assert.Equal(5.0 / 3, all.Value!.Value, 10);
            Assert.Equal((3L, (long?)2, (double?)1.5), (teamA.Numerator, teamA.Denominator, teamA.Value));
            Assert.Equal([("C1", true), ("C2", true), ("C3", true), ("C7", true), ("C8", true)], rows);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ByWorker_IncludesWorkersWithNoCases(Engine engine)
    {
        var (j, _) = await CaseloadsAsync(postgres, engine);
        await using (j)
        {
            var workers = await j.BreakdownAsync(new CaseloadAvg(), Month(2026, 6), IndicatorBreakdown.Worker);
            var teams = await j.BreakdownAsync(new CaseloadAvg(), Month(2026, 6), IndicatorBreakdown.Team);

            Assert.Equal(
                [("A1 Worker", 3L, (long?)1), ("A2 Worker", 0L, (long?)1), ("B1 Worker", 2L, (long?)1)],
                workers.Select(w => (w.GroupName, w.Numerator, w.Denominator)));
            Assert.Equal([("A", 3L, (long?)2, (double?)1.5), ("B", 2L, (long?)1, (double?)2)], teams.Select(t => (t.GroupName, t.Numerator, t.Denominator, t.Value)));
        }
    }
}
