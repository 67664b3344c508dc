using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ClaLongTermStabilityTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task UnderSixteen_LookedAfter30Months_InTheSamePlacement24Months(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // As at 31 August 2026: looked after since 29 February 2024 or earlier (30 months back from 31 August is
        // "31 February"), placed since 31 August 2024 or earlier, and born after 31 August 2010.
        var stable = j.Care(j.Child("STABLE", D(2015, 1, 1)), D(2024, 2, 29));
        j.Episode(stable, D(2024, 8, 31), "P", "U4");
        j.Episode(stable, D(2025, 5, 1), "L", "U4", "C1");
        var moved = j.Care(j.Child("MOVED", D(2015, 1, 1)), D(2023, 1, 1));
        j.Episode(moved, D(2024, 9, 1), "P", "U4");
        j.Care(j.Child("SHORT", D(2015, 1, 1)), D(2024, 3, 1));
        j.Care(j.Child("SIXTEEN", D(2010, 8, 31)), D(2020, 1, 1));
        j.Care(j.Child("FIFTEEN", D(2010, 9, 1)), D(2020, 1, 1));
        var unknown = j.Child("NODOB");
        unknown.DateOfBirth = null;
        j.Care(unknown, D(2020, 1, 1));

        var rows = await j.RowsAsync(new ClaLongTermStability(), Month(2026, 8));

        Assert.Equal([("FIFTEEN", true), ("MOVED", false), ("STABLE", true)], rows);
    }
}
