using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Trackers;

namespace OpenCsc.IntegrationTests.Trackers;

/// <summary>
/// The visits tracker and the visit indicators apply one schedule: on a synthetic borough, the children the tracker
/// shows as overdue at the end of a month are exactly those the indicator counts as out of time, and both list the same
/// children. Month ends on a weekday, a Saturday and a Sunday (31 October 2026 is a Saturday, 31 May a Sunday).
/// </summary>
[Trait("Category", TestCategories.Slow)]
public sealed class TrackersAgreeWithIndicatorsTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VisitsTrackerOverdue_IsTheIndicatorsOutOfTime(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings settings = await new TestDatabases(postgres).CreateMigratedAsync(engine);
        await DemoBorough.SeedAsync(settings, new DemoBoroughOptions { Children = 4_000, Years = 2, Seed = 5, AsOf = new DateOnly(2026, 11, 22) }, null, force: false, ct);
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        var compute = new ComputeIndicators(db, OpenCsc.Indicators.IndicatorSettings.Default);
        var checks = new (Indicator Indicator, ItemKind Kind)[]
        {
            (new CinVisitsTimely(), ItemKind.ChildInNeedVisit),
            (new CpVisitsTimely(), ItemKind.ChildProtectionVisit),
            (new ClaVisitsTimely(), ItemKind.LookedAfterVisit),
        };
        int compared = 0, outOfTime = 0;

        foreach (DateOnly day in new DateOnly[] { new(2026, 3, 31), new(2026, 5, 31), new(2026, 10, 31) })
        {
            TrackerList list = await new ListTrackerItems(TrackerQuery.For(db, OpenCsc.Calendar.TimescalesInForce.Statutory)).RunAsync(new VisitsDue(), new TrackerFilter(day), ct);
            foreach ((Indicator indicator, ItemKind kind) in checks)
            {
                var rows = await compute.ChildrenAsync(indicator, new ReportingPeriod(new DateOnly(day.Year, day.Month, 1), day), ct);
                var items = list.Items.Where(i => i.Kind == kind).ToList();

                Assert.Equal(rows.Select(r => r.RecordId).Order(), items.Select(i => i.RecordId).Order());
                Assert.Equal(
                    rows.Where(r => !r.InNumerator).Select(r => r.RecordId).Order(),
                    items.Where(i => i.State == TrackerState.Overdue).Select(i => i.RecordId).Order());
                compared += rows.Count;
                outOfTime += rows.Count(r => !r.InNumerator);
            }
        }

        Assert.True(compared > 150 && outOfTime > 15, $"Only {compared} children compared, {outOfTime} out of time.");
    }
}
