using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

[Trait("Category", TestCategories.Slow)]
public sealed class ClaReviewsTimelyTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task FirstReview_OnThe20thWorkingDay_IsOnTime_OnThe21st_IsLate(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // From Thursday 26 March 2026: 27, 30, 31 March, 1, 2 April (5), Good Friday 3 and Easter Monday 6 April not
        // counted, 7-10 April (9), 13-17 (14), 20-24 (19), Monday 27 April is the 20th working day: the due date.
        var day20 = j.Child("DAY20");
        j.Care(day20, D(2026, 3, 26));
        j.Review(day20, D(2026, 4, 27));
        var day21 = j.Child("DAY21");
        j.Care(day21, D(2026, 3, 26));
        j.Review(day21, D(2026, 4, 28));
        j.Care(j.Child("NONE"), D(2026, 3, 26));
        j.Care(j.Child("LEFT"), D(2026, 3, 26), D(2026, 4, 24));
        j.Care(j.Child("ENDSONDUE"), D(2026, 3, 26), D(2026, 4, 27));
        // From Wednesday 25 March the 20th working day is Friday 24 April: a review on the Saturday after is in time.
        // Leaving care that Saturday, the review was not yet overdue; leaving on the Monday, it was.
        var weekend = j.Child("WEEKEND");
        j.Care(weekend, D(2026, 3, 25));
        j.Review(weekend, D(2026, 4, 25));
        j.Care(j.Child("LEFTSAT"), D(2026, 3, 25), D(2026, 4, 25));
        j.Care(j.Child("LEFTMON"), D(2026, 3, 25), D(2026, 4, 27));
        // From Thursday 2 April: 7-10 April (4), 13-17 (9), 20-24 (14), 27-30 (18), Friday 1 May (19), the early May
        // bank holiday on the 4th not counted, Tuesday 5 May (20): due in May, though held early in April.
        var may = j.Child("MAYDUE");
        j.Care(may, D(2026, 4, 2));
        j.Review(may, D(2026, 4, 20));

        var april = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2026, 4));
        var mayRows = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2026, 5));

        Assert.Equal(
        [
            ("DAY20", D(2026, 4, 27), true),
            ("DAY21", D(2026, 4, 27), false),
            ("LEFTMON", D(2026, 4, 24), false),
            ("NONE", D(2026, 4, 27), false),
            ("WEEKEND", D(2026, 4, 24), true),
        ], april);
        Assert.Equal([("MAYDUE", D(2026, 5, 5), true)], mayRows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SecondReview_WithinThreeMonthsOfTheFirstAsHeld_EndsOnTheLastDayOfFebruary(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // A first review on 30 November (late or not) makes the second due within 3 months: "30 February", so by
        // 29 February 2028 (a leap year) and by 28 February 2027.
        foreach ((string id, DateOnly first, DateOnly? second) in new (string, DateOnly, DateOnly?)[]
        {
            ("LEAP29", D(2027, 11, 30), D(2028, 2, 29)),
            ("LEAPMAR1", D(2027, 11, 30), D(2028, 3, 1)),
            ("LEAPNONE", D(2027, 11, 30), null),
            ("FEB28", D(2026, 11, 30), D(2027, 2, 28)),
            ("MAR1", D(2026, 11, 30), D(2027, 3, 1)),
        })
        {
            var child = j.Child(id);
            j.Care(child, D(first.Year, 10, 1));
            j.Review(child, first);
            if (second is { } held)
            {
                j.Review(child, held);
            }
        }

        var feb2028 = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2028, 2));
        var feb2027 = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2027, 2));
        IndicatorValue value = await j.ComputeAsync(new ClaReviewsTimely(), Month(2028, 2));

        Assert.Equal([("LEAP29", D(2028, 2, 29), true), ("LEAPMAR1", D(2028, 2, 29), false), ("LEAPNONE", D(2028, 2, 29), false)], feb2028);
        Assert.Equal([("FEB28", D(2027, 2, 28), true), ("MAR1", D(2027, 2, 28), false)], feb2027);
        Assert.Equal((1L, (long?)3), (value.Numerator, value.Denominator));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task LaterReviews_AtMostSixMonthsApart_AndNotDueOnceCareHasEnded(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Reviews on 20 January (first), 15 April (second), then due by 15 October 2025 and by 15 April 2026.
        var a = j.Child("A");
        j.Care(a, D(2025, 1, 6));
        j.Review(a, D(2025, 1, 20));
        j.Review(a, D(2025, 4, 15));
        j.Review(a, D(2025, 4, 15)); // recorded twice: one review
        j.Review(a, D(2025, 10, 15)); // exactly 6 months: on time
        j.Review(a, D(2026, 4, 16)); // a day over
        // Third review on 31 August 2025: the next is due by "31 February", so by 28 February 2026.
        foreach ((string id, DateOnly held) in new[] { ("B", D(2026, 2, 28)), ("C", D(2026, 3, 1)) })
        {
            var child = j.Child(id);
            j.Care(child, D(2025, 3, 3));
            j.Review(child, D(2025, 3, 20));
            j.Review(child, D(2025, 6, 10));
            j.Review(child, D(2025, 8, 31));
            j.Review(child, held);
        }

        // Due 15 October 2025 too, but care ended before the end of that day (D on the 10th, E on the 15th); F was
        // still looked after, so the missed review is late.
        foreach ((string id, DateOnly ended) in new[] { ("D", D(2025, 10, 10)), ("E", D(2025, 10, 15)), ("F", D(2025, 10, 16)) })
        {
            var child = j.Child(id);
            j.Care(child, D(2025, 1, 6), ended);
            j.Review(child, D(2025, 1, 20));
            j.Review(child, D(2025, 4, 15));
        }

        var october = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2025, 10));
        var february = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2026, 2));
        var april = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2026, 4));

        Assert.Equal([("A", D(2025, 10, 15), true), ("F", D(2025, 10, 15), false)], october);
        Assert.Equal([("B", D(2026, 2, 28), true), ("C", D(2026, 2, 28), false)], february);
        Assert.Equal([("A", D(2026, 4, 15), false)], april);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CareThatStartedBeforeTheRecords_TakesTheFirstRecordedReviewAsALaterOne(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Looked after since 2020; the records start on 1 January 2024 with a review on 10 March, the next on
        // 5 September. Taken as the period's first review, the next would be due by 10 June (late); knowing the
        // records start later, it is due by 10 September (on time).
        var before = j.Child("BEFORE");
        j.Care(before, D(2020, 5, 1));
        j.Review(before, D(2024, 3, 10));
        j.Review(before, D(2024, 9, 5));
        // Came into care after the records start: first review 20 February, second due by 20 May, held that day.
        var after = j.Child("AFTER");
        j.Care(after, D(2024, 2, 1));
        j.Review(after, D(2024, 2, 20));
        j.Review(after, D(2024, 5, 20));
        var records = new IndicatorSettings { RecordsStartOn = D(2024, 1, 1) };

        var juneComplete = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2024, 6));
        var juneFromRecords = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2024, 6), records);
        var septemberFromRecords = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2024, 9), records);
        var mayFromRecords = await j.DatedRowsAsync(new ClaReviewsTimely(), Month(2024, 5), records);

        Assert.Equal([("BEFORE", D(2024, 6, 10), false)], juneComplete);
        Assert.Empty(juneFromRecords);
        Assert.Equal([("BEFORE", D(2024, 9, 10), true)], septemberFromRecords);
        Assert.Equal([("AFTER", D(2024, 5, 20), true)], mayFromRecords);
    }
}
