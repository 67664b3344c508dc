using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ClaCountTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task LookedAfterAtTheEndOfTheLastDay_AndPer10000(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Care(j.Child("OPEN"), D(2019, 1, 1));
        j.Care(j.Child("LEFT31"), D(2026, 1, 10), D(2026, 5, 31));
        j.Care(j.Child("ACROSS"), D(2025, 5, 1), D(2026, 6, 1));
        j.Care(j.Child("STARTS31"), D(2026, 5, 31));
        j.Care(j.Child("JUNE"), D(2026, 6, 1));
        var again = j.Child("AGAIN");
        j.Care(again, D(2025, 1, 1), D(2025, 3, 1));
        j.Care(again, D(2026, 5, 20));
        j.Db.PopulationEstimates.Add(new OpenCsc.Borough.PopulationEstimate { Year = 2026, Children = 80_000 });

        var open = await j.RowsAsync(new ClaOpen(), Month(2026, 5));
        IndicatorValue count = await j.ComputeAsync(new ClaOpen(), Month(2026, 5));
        IndicatorValue rate = await j.ComputeAsync(new ClaRate10K(), Month(2026, 5));

        // Looked after at the end of 31 May: OPEN, ACROSS, STARTS31 and AGAIN (its second period); LEFT31 left that day.
        Assert.Equal([("ACROSS", true), ("AGAIN", true), ("OPEN", true), ("STARTS31", true)], open);
        Assert.Equal((4L, (long?)null), (count.Numerator, count.Denominator));
        Assert.Equal((4L, (long?)80_000), (rate.Numerator, rate.Denominator));
        Assert.Equal(0.5, rate.Value!.Value, 10);
    }
}
