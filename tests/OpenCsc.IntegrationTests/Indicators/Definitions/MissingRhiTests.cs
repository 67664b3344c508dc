using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.LookedAfter;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class MissingRhiTests(PostgresServer postgres)
{
    private static async Task<Journeys> ReturnsInMayAsync(PostgresServer postgres, Engine engine)
    {
        Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Offered exactly 72 hours after the return, and a minute later.
        j.Missing(j.Child("ONTIME"), T(2026, 5, 4, 10), T(2026, 5, 7, 10), accepted: true);
        j.Missing(j.Child("LATE"), T(2026, 5, 4, 10), T(2026, 5, 7, 10, 1), accepted: false);
        // Only the return's date known: offered by the end of the third day after it, and on the fourth.
        j.Missing(j.Child("DATEONLY"), null, T(2026, 5, 13, 23), returnedOn: D(2026, 5, 10));
        j.Missing(j.Child("DATELATE"), null, T(2026, 5, 14, 0), returnedOn: D(2026, 5, 10));
        j.Missing(j.Child("NOOFFER"), T(2026, 5, 20, 10), null);
        // Done, with the acceptance itself not recorded.
        j.Missing(j.Child("DONE"), T(2026, 5, 25, 12), T(2026, 5, 26, 9)).RhiCompletedAt = T(2026, 5, 27, 9);
        // Returned late on the period's last day, offered the next morning.
        j.Missing(j.Child("MAYEND"), T(2026, 5, 31, 23), T(2026, 6, 1, 9), accepted: true);
        // Absent, not missing; and a return in April.
        j.Missing(j.Child("ABSENT"), T(2026, 5, 4, 10), null, kind: MissingKind.Absent);
        j.Missing(j.Child("APRIL"), T(2026, 4, 30, 22), T(2026, 5, 1, 9), accepted: true);
        return j;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Offered_Within72HoursOfTheReturn(Engine engine)
    {
        await using Journeys j = await ReturnsInMayAsync(postgres, engine);

        var rows = await j.RowsAsync(new MissingRhiOffered72H(), Month(2026, 5));

        Assert.Equal(
        [
            ("DATELATE", false), ("DATEONLY", true), ("DONE", true), ("LATE", false), ("MAYEND", true), ("NOOFFER", false), ("ONTIME", true),
        ], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Offered_WithinTheHoursSet(Engine engine)
    {
        await using Journeys j = await ReturnsInMayAsync(postgres, engine);

        // 48 hours: ONTIME (72 hours) and DATEONLY (third day) are now late; DONE (21 hours) and MAYEND (10 hours) are not.
        IndicatorValue value = await j.ComputeAsync(new MissingRhiOffered72H(), Month(2026, 5), new IndicatorSettings { Timescales = new StatutoryTimescales { ReturnHomeInterviewHours = 48 } });

        Assert.Equal((2L, (long?)7), (value.Numerator, value.Denominator));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Accepted_OrDone(Engine engine)
    {
        await using Journeys j = await ReturnsInMayAsync(postgres, engine);

        var rows = await j.RowsAsync(new MissingRhiAccepted(), Month(2026, 5));

        Assert.Equal(
        [
            ("DATELATE", false), ("DATEONLY", false), ("DONE", true), ("LATE", false), ("MAYEND", true), ("NOOFFER", false), ("ONTIME", true),
        ], rows);
    }
}
