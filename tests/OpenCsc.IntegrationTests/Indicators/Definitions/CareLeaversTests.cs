using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class CareLeaversTests(PostgresServer postgres)
{
    private static async Task<Journeys> LeaversAsync(PostgresServer postgres, Engine engine)
    {
        Journeys j = await Journeys.CreateAsync(postgres, engine);
        // As at 30 June 2026: 17 on or before it (born by 30 June 2009), not yet 22 (born after 30 June 2004).
        j.LeaverStatus(j.CareLeaver(j.Child("SEVENTEEN", D(2009, 6, 30))), D(2026, 6, 30), "YES", "F1", "B", true);
        j.LeaverStatus(j.CareLeaver(j.Child("SIXTEEN", D(2009, 7, 1))), D(2026, 6, 1), "YES", "F1", "B", true);
        var twentyOne = j.CareLeaver(j.Child("TWENTYONE", D(2004, 7, 1)));
        j.LeaverStatus(twentyOne, D(2025, 7, 1), "YES", "G4", "T", true);
        j.LeaverStatus(twentyOne, D(2026, 7, 1), "NO");
        j.LeaverStatus(j.CareLeaver(j.Child("TWENTYTWO", D(2004, 6, 30))), D(2026, 6, 1), "YES", "F1", "B", true);
        j.LeaverStatus(j.CareLeaver(j.Child("NOTOUCH", D(2007, 1, 1))), D(2026, 1, 1), "NO");
        j.CareLeaver(j.Child("NOSTATUS", D(2007, 1, 1)));
        j.LeaverStatus(j.CareLeaver(j.Child("DIED", D(2007, 1, 1))), D(2026, 5, 1), "DIED");
        var latest = j.CareLeaver(j.Child("LATEST", D(2007, 1, 1)));
        j.LeaverStatus(latest, D(2025, 5, 1), "NO", "G5", "U", false);
        j.LeaverStatus(latest, D(2026, 5, 1), "YES", "P4", "U", false);
        return j;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InTouch_ByTheLatestRecordOnOrBeforeTheDay(Engine engine)
    {
        await using Journeys j = await LeaversAsync(postgres, engine);

        var rows = await j.RowsAsync(new CareLeaversInTouch(), Month(2026, 6));

        Assert.Equal([("LATEST", true), ("NOSTATUS", false), ("NOTOUCH", false), ("SEVENTEEN", true), ("TWENTYONE", true)], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InEducationEmploymentOrTraining(Engine engine)
    {
        await using Journeys j = await LeaversAsync(postgres, engine);

        var rows = await j.RowsAsync(new CareLeaversEet(), Month(2026, 6));

        Assert.Equal([("LATEST", true), ("NOSTATUS", false), ("NOTOUCH", false), ("SEVENTEEN", true), ("TWENTYONE", false)], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InSuitableAccommodation(Engine engine)
    {
        await using Journeys j = await LeaversAsync(postgres, engine);

        var rows = await j.RowsAsync(new CareLeaversSuitableAccom(), Month(2026, 6));

        Assert.Equal([("LATEST", false), ("NOSTATUS", false), ("NOTOUCH", false), ("SEVENTEEN", true), ("TWENTYONE", true)], rows);
    }
}
