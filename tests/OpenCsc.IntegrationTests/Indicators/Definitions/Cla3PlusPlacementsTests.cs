using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class Cla3PlusPlacementsTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CountsThePlacementInForceAndEachNewPlacement_NotALegalStatusChange(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // As at 31 March 2026: the twelve months run from 1 April 2025.
        // In care since 2024 (in force on 1 April 2025) and two moves: 3.
        var three = j.Care(j.Child("THREE"), D(2024, 1, 1));
        j.Episode(three, D(2025, 6, 1), "P", "U4");
        j.Episode(three, D(2026, 1, 10), "P", "U5");
        // One move and a change of legal status only: 2.
        var legal = j.Care(j.Child("LEGAL"), D(2024, 1, 1));
        j.Episode(legal, D(2025, 6, 1), "P", "U4");
        j.Episode(legal, D(2026, 1, 10), "L", "U4", "C1");
        // Moves on the first and last days of the months; the placement before the first ended that day, so it was
        // not in force when they started: 3 (1 April 2025, 1 September 2025, 31 March 2026).
        var edge = j.Care(j.Child("EDGE3"), D(2024, 1, 1));
        j.Episode(edge, D(2025, 4, 1), "P", "U4");
        j.Episode(edge, D(2025, 9, 1), "P", "U5");
        j.Episode(edge, D(2026, 3, 31), "U", "U6");
        // A move the day before the months start: that placement is in force on 1 April, plus one move: 2.
        var before = j.Care(j.Child("EDGE2OUT"), D(2024, 1, 1));
        j.Episode(before, D(2025, 3, 31), "P", "U4");
        j.Episode(before, D(2025, 9, 1), "P", "U5");
        // Came into care in the months (S) and moved twice (P, B): 3.
        var newcomer = j.Care(j.Child("NEWCARE"), D(2025, 5, 1));
        j.Episode(newcomer, D(2025, 8, 1), "P", "U4");
        j.Episode(newcomer, D(2025, 12, 1), "B", "U5", "C1");
        // Two periods of care in the months: the first was in force on 1 April, the second starts (S), one move: 3.
        var returned = j.Child("RETURNED");
        j.Care(returned, D(2024, 6, 1), D(2025, 7, 1));
        var again = j.Care(returned, D(2025, 10, 1));
        j.Episode(again, D(2026, 2, 1), "T", "U4", "C1");
        // Left care on 31 March: not looked after at 31 March.
        var left = j.Care(j.Child("LEFT"), D(2025, 5, 1), D(2026, 3, 31));
        j.Episode(left, D(2025, 8, 1), "P", "U4");
        j.Episode(left, D(2025, 12, 1), "P", "U5");

        var rows = await j.RowsAsync(new Cla3PlusPlacements(), Month(2026, 3));
        IndicatorValue value = await j.ComputeAsync(new Cla3PlusPlacements(), Month(2026, 3));

        Assert.Equal(
            [("EDGE2OUT", false), ("EDGE3", true), ("LEGAL", false), ("NEWCARE", true), ("RETURNED", true), ("THREE", true)],
            rows);
        Assert.Equal((4L, (long?)6), (value.Numerator, value.Denominator));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InALeapYear_TheMonthsTo29FebruaryStartOn1March(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // As at 29 February 2028 the months run from 1 March 2027.
        var inForce = j.Care(j.Child("LEAPIN"), D(2026, 1, 1));
        j.Episode(inForce, D(2027, 2, 28), "P", "U4");
        j.Episode(inForce, D(2027, 6, 1), "P", "U5");
        j.Episode(inForce, D(2028, 2, 29), "P", "U6");
        var ended = j.Care(j.Child("LEAPOUT"), D(2026, 1, 1));
        j.Episode(ended, D(2027, 3, 1), "P", "U4");
        j.Episode(ended, D(2027, 6, 1), "P", "U5");

        var rows = await j.RowsAsync(new Cla3PlusPlacements(), Month(2028, 2));

        Assert.Equal([("LEAPIN", true), ("LEAPOUT", false)], rows);
    }
}
