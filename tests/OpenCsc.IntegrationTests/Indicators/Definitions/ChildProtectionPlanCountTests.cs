using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ChildProtectionPlanCountTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Started_Open_AndPer10000(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Plan(j.Child("OPEN"), D(2026, 1, 1));
        j.Plan(j.Child("ENDED31"), D(2026, 5, 1), D(2026, 5, 31));
        j.Plan(j.Child("ACROSS"), D(2025, 5, 1), D(2026, 6, 1));
        j.Plan(j.Child("STARTS31"), D(2026, 5, 31));
        j.Plan(j.Child("JUNE"), D(2026, 6, 1));
        j.Plan(j.Child("APRIL"), D(2026, 4, 30), D(2026, 5, 2));
        j.Db.PopulationEstimates.Add(new OpenCsc.Borough.PopulationEstimate { Year = 2026, Children = 60_000 });

        IndicatorValue started = await j.ComputeAsync(new CppStarted(), Month(2026, 5));
        var open = await j.RowsAsync(new CppOpen(), Month(2026, 5));
        IndicatorValue rate = await j.ComputeAsync(new CppRate10K(), Month(2026, 5));

        // Started in May: ENDED31 and STARTS31. Open at the end of 31 May: OPEN, ACROSS and STARTS31.
        Assert.Equal((2L, (long?)null, 2.0), (started.Numerator, started.Denominator, started.Value!.Value));
        Assert.Equal([("ACROSS", true), ("OPEN", true), ("STARTS31", true)], open);
        Assert.Equal((3L, (long?)60_000), (rate.Numerator, rate.Denominator));
        Assert.Equal(0.5, rate.Value!.Value, 10);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Rate_UsesTheLatestEstimateBeforeTheYear_ElseTheSetting(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Plan(j.Child("OPEN"), D(2026, 1, 1));

        IndicatorValue fromSetting = await j.ComputeAsync(new CppRate10K(), Month(2026, 5), new IndicatorSettings { Population = 20_000 });
        j.Db.PopulationEstimates.Add(new OpenCsc.Borough.PopulationEstimate { Year = 2024, Children = 40_000 });
        IndicatorValue fromEstimate = await j.ComputeAsync(new CppRate10K(), Month(2026, 5), new IndicatorSettings { Population = 20_000 });

        Assert.Equal(0.5, fromSetting.Value!.Value, 10);
        Assert.Equal(0.25, fromEstimate.Value!.Value, 10);
    }
}
