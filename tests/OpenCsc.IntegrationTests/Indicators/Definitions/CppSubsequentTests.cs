using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class CppSubsequentTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AnEarlierPlanEver_OrARecordedPreviousPlan(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var again = j.Child("AGAIN");
        j.Plan(again, D(2019, 1, 1), D(2019, 12, 1));
        j.Plan(again, D(2026, 5, 5));
        j.Plan(j.Child("HISTORY"), D(2026, 5, 6), previousPlans: 1); // an earlier plan from before the data starts
        j.Plan(j.Child("FIRST"), D(2026, 5, 7), previousPlans: 0);
        var twice = j.Child("TWICE");
        j.Plan(twice, D(2026, 5, 1), D(2026, 5, 10));
        j.Plan(twice, D(2026, 5, 20));

        var rows = await j.RowsAsync(new CppSubsequent(), Month(2026, 5));
        IndicatorValue value = await j.ComputeAsync(new CppSubsequent(), Month(2026, 5));

        Assert.Equal([("AGAIN", true), ("FIRST", false), ("HISTORY", true), ("TWICE", false), ("TWICE", true)], rows);
        Assert.Equal(0.6, value.Value!.Value, 10);
    }
}
