using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Trackers;
using OpenCsc.Visits;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

[Trait("Category", TestCategories.Slow)]
public sealed class VisitsTimelyTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CpVisits_SeenWithin10WorkingDaysOfThePeriodEnd_CountingFromThePlanStartUntilTheFirstVisit(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // May ends on Sunday 31 May 2026. Working days after Thursday 14 May up to then: 15, 18-22, 26-29 (Monday
        // 25 May a bank holiday) = 10: in time. After Wednesday 13 May: 11: not.
        j.Visit(j.Plan(j.Child("SEEN14"), D(2026, 1, 5)).Child!, VisitKind.ChildProtection, D(2026, 5, 14));
        j.Visit(j.Plan(j.Child("SEEN13"), D(2026, 1, 5)).Child!, VisitKind.ChildProtection, D(2026, 5, 13));
        // Recorded on 3 June, after the period: the visit's date counts.
        j.Visit(j.Plan(j.Child("LATEREC"), D(2026, 1, 5)).Child!, VisitKind.ChildProtection, D(2026, 5, 14), recorded: D(2026, 6, 3));
        // Not seen on 28 May: the last visit at which the child was seen is 1 May.
        var notSeen = j.Plan(j.Child("NOTSEEN"), D(2026, 1, 5)).Child!;
        j.Visit(notSeen, VisitKind.ChildProtection, D(2026, 5, 1));
        j.Visit(notSeen, VisitKind.ChildProtection, D(2026, 5, 28), seen: false);
        // A CIN visit does not count for a CP plan; a visit after the period does not count for it.
        var otherKind = j.Plan(j.Child("OTHERKIND"), D(2026, 1, 5)).Child!;
        j.Visit(otherKind, VisitKind.ChildProtection, D(2026, 5, 1));
        j.Visit(otherKind, VisitKind.ChildInNeed, D(2026, 5, 28));
        var afterEnd = j.Plan(j.Child("AFTEREND"), D(2026, 1, 5)).Child!;
        j.Visit(afterEnd, VisitKind.ChildProtection, D(2026, 5, 13));
        j.Visit(afterEnd, VisitKind.ChildProtection, D(2026, 6, 1));
        // No visit yet: in time until the first is due, 10 working days after the plan's start.
        j.Plan(j.Child("NEWPLAN"), D(2026, 5, 20));
        j.Plan(j.Child("OLDPLAN"), D(2026, 5, 13));
        // A plan that ends on 31 May is not open at its end.
        j.Plan(j.Child("ENDED"), D(2026, 1, 5), D(2026, 5, 31));

        var rows = await j.RowsAsync(new CpVisitsTimely(), Month(2026, 5));

        Assert.Equal(
        [
            ("AFTEREND", false), ("LATEREC", true), ("NEWPLAN", true), ("NOTSEEN", false), ("OLDPLAN", false), ("OTHERKIND", false),
            ("SEEN13", false), ("SEEN14", true),
        ], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CpVisits_TheStandardIsASetting(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Visit(j.Plan(j.Child("SEEN14"), D(2026, 1, 5)).Child!, VisitKind.ChildProtection, D(2026, 5, 14));
        j.Visit(j.Plan(j.Child("SEEN13"), D(2026, 1, 5)).Child!, VisitKind.ChildProtection, D(2026, 5, 13));

        IndicatorValue ten = await j.ComputeAsync(new CpVisitsTimely(), Month(2026, 5));
        IndicatorValue eleven = await j.ComputeAsync(new CpVisitsTimely(), Month(2026, 5), new IndicatorSettings { Timescales = new StatutoryTimescales { CpVisitWorkingDays = 11 } });

        Assert.Equal((1L, (long?)2L, 0.5), (ten.Numerator, ten.Denominator, ten.Value!.Value));
        Assert.Equal((2L, (long?)2L), (eleven.Numerator, eleven.Denominator));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CinVisits_SeenWithin6WeeksOfThePeriodEnd(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // 42 days before Sunday 31 May 2026 is Sunday 19 April.
        j.Visit(j.CinPlan(j.Child("SEEN19APR"), D(2026, 1, 5)).Child!, VisitKind.ChildInNeed, D(2026, 4, 19));
        j.Visit(j.CinPlan(j.Child("SEEN18APR"), D(2026, 1, 5)).Child!, VisitKind.ChildInNeed, D(2026, 4, 18));
        j.Visit(j.CinPlan(j.Child("LATEREC"), D(2026, 1, 5)).Child!, VisitKind.ChildInNeed, D(2026, 4, 30), recorded: D(2026, 6, 10));
        var notSeen = j.CinPlan(j.Child("NOTSEEN"), D(2026, 1, 5)).Child!;
        j.Visit(notSeen, VisitKind.ChildInNeed, D(2026, 4, 1));
        j.Visit(notSeen, VisitKind.ChildInNeed, D(2026, 5, 20), seen: false);
        var cpKind = j.CinPlan(j.Child("CPKIND"), D(2026, 1, 5)).Child!;
        j.Visit(cpKind, VisitKind.ChildInNeed, D(2026, 4, 10));
        j.Visit(cpKind, VisitKind.ChildProtection, D(2026, 5, 20));
        j.CinPlan(j.Child("NEW20APR"), D(2026, 4, 20));
        j.CinPlan(j.Child("OLD18APR"), D(2026, 4, 18));
        j.CinPlan(j.Child("ENDED"), D(2026, 1, 5), D(2026, 5, 31));

        var rows = await j.RowsAsync(new CinVisitsTimely(), Month(2026, 5));
        // Every 4 weeks instead: from Sunday 3 May.
        IndicatorValue fourWeeks = await j.ComputeAsync(new CinVisitsTimely(), Month(2026, 5), new IndicatorSettings { Timescales = new StatutoryTimescales { CinVisitWeeks = 4 } });

        Assert.Equal(
        [
            ("CPKIND", false), ("LATEREC", true), ("NEW20APR", true), ("NOTSEEN", false), ("OLD18APR", false), ("SEEN18APR", false), ("SEEN19APR", true),
        ], rows);
        Assert.Equal((0L, (long?)7L), (fourWeeks.Numerator, fourWeeks.Denominator));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ClaVisits_KeepToTheReg28Schedule_OfTheCurrentPlacement(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // June ends on Tuesday 30 June 2026. First visit within 7 days of the placement: placed on 23 June, due 30 June.
        j.LookedAfter(j.Child("PLACED23"), D(2026, 6, 23));
        j.LookedAfter(j.Child("PLACED22"), D(2026, 6, 22));
        // Moved to new carers on 20 June (P): the visit in the old placement does not count; the first was due 27 June.
        var moved = j.Child("MOVED");
        var movedPeriod = j.LookedAfter(moved, D(2025, 1, 6));
        j.Visit(moved, VisitKind.LookedAfter, D(2026, 6, 10));
        j.NewEpisode(movedPeriod, D(2026, 6, 20), "P", "U6");
        // Then every 6 weeks: 19 May + 42 days = 30 June.
        j.Visit(j.LookedAfter(j.Child("SEEN19MAY"), D(2026, 3, 2)).Child!, VisitKind.LookedAfter, D(2026, 5, 19));
        j.Visit(j.LookedAfter(j.Child("SEEN18MAY"), D(2026, 3, 2)).Child!, VisitKind.LookedAfter, D(2026, 5, 18));
        // Long-term fostering (U4) a year old at the visit: 3 months. 30 March + 3 months = 30 June.
        j.Visit(j.LookedAfter(j.Child("LONG30MAR"), D(2025, 1, 6), "U4").Child!, VisitKind.LookedAfter, D(2026, 3, 30));
        j.Visit(j.LookedAfter(j.Child("LONG29MAR"), D(2025, 1, 6), "U4").Child!, VisitKind.LookedAfter, D(2026, 3, 29));
        // Long-term but in its first year at the visit (placed 1 September 2025), or not long-term (U6): 6 weeks, due 27 May.
        j.Visit(j.LookedAfter(j.Child("LONGFIRSTYEAR"), D(2025, 9, 1), "U4").Child!, VisitKind.LookedAfter, D(2026, 4, 15));
        j.Visit(j.LookedAfter(j.Child("SHORTTERM"), D(2025, 1, 6), "U6").Child!, VisitKind.LookedAfter, D(2026, 4, 15));
        // Became long-term with the same carers (B) on 2 February 2026: the placement still began on 6 January 2025, due 15 July.
        var sameCarers = j.Child("SAMECARERS");
        var sameCarersPeriod = j.LookedAfter(sameCarers, D(2025, 1, 6), "U6");
        j.NewEpisode(sameCarersPeriod, D(2026, 2, 2), "B", "U4");
        j.Visit(sameCarers, VisitKind.LookedAfter, D(2026, 4, 15));
        j.Visit(j.LookedAfter(j.Child("LATEREC"), D(2026, 3, 2)).Child!, VisitKind.LookedAfter, D(2026, 6, 1), recorded: D(2026, 7, 10));
        var notSeen = j.LookedAfter(j.Child("NOTSEEN"), D(2026, 3, 2)).Child!;
        j.Visit(notSeen, VisitKind.LookedAfter, D(2026, 5, 1));
        j.Visit(notSeen, VisitKind.LookedAfter, D(2026, 6, 20), seen: false);
        // Not looked after at the end of 30 June, or on an agreed series of short breaks: not counted.
        j.LookedAfter(j.Child("LEFT"), D(2026, 1, 5), end: D(2026, 6, 30));
        j.LookedAfter(j.Child("SHORTBREAKS"), D(2026, 6, 1), legalStatus: "V3");

        var rows = await j.RowsAsync(new ClaVisitsTimely(), Month(2026, 6));

        Assert.Equal(
        [
            ("LATEREC", true), ("LONG29MAR", false), ("LONG30MAR", true), ("LONGFIRSTYEAR", false), ("MOVED", false), ("NOTSEEN", false),
            ("PLACED22", false), ("PLACED23", true), ("SAMECARERS", true), ("SEEN18MAY", false), ("SEEN19MAY", true), ("SHORTTERM", false),
        ], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ClaVisits_ThreeMonthsClampToTheMonthsEnd(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // May ends on 31 May 2026. 28 February + 3 months = 28 May: overdue (though 31 May - 3 months is 28 February).
        // 1 March + 3 months = 1 June: in time.
        j.Visit(j.LookedAfter(j.Child("FEB28"), D(2024, 6, 3), "U4").Child!, VisitKind.LookedAfter, D(2026, 2, 28));
        j.Visit(j.LookedAfter(j.Child("MAR01"), D(2024, 6, 3), "U4").Child!, VisitKind.LookedAfter, D(2026, 3, 1));

        var rows = await j.RowsAsync(new ClaVisitsTimely(), Month(2026, 5));

        Assert.Equal([("FEB28", false), ("MAR01", true)], rows);
    }
}
