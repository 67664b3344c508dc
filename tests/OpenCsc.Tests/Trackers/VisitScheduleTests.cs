using System.Globalization;
using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.Trackers;
using OpenCsc.Visits;

namespace OpenCsc.Tests.Trackers;

public class VisitScheduleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales();

    [Theory]
    // CP: 10 working days from Thursday 14 May 2026, past the bank holiday on Monday 25 May: Friday 29 May.
    [InlineData(VisitKind.ChildProtection, "2026-01-05", "2026-05-14", false, "2026-05-29", true)]
    // No visit yet: from the plan's start.
    [InlineData(VisitKind.ChildProtection, "2026-05-14", null, false, "2026-05-29", true)]
    [InlineData(VisitKind.ChildInNeed, "2026-01-05", "2026-04-20", false, "2026-06-01", false)]
    [InlineData(VisitKind.CareLeaver, "2026-03-01", "2026-03-20", false, "2026-05-15", false)]
    // CLA: a week after the placement; 6 weeks after a visit; 3 months once a long-term placement is a year old.
    [InlineData(VisitKind.LookedAfter, "2026-05-20", null, false, "2026-05-27", false)]
    [InlineData(VisitKind.LookedAfter, "2025-01-06", "2026-04-15", false, "2026-05-27", false)]
    [InlineData(VisitKind.LookedAfter, "2025-09-01", "2026-04-15", true, "2026-05-27", false)]
    [InlineData(VisitKind.LookedAfter, "2025-01-06", "2026-04-15", true, "2026-07-15", false)]
    [InlineData(VisitKind.LookedAfter, "2024-06-03", "2026-02-28", true, "2026-05-28", false)]
    // Placed on 29 February 2024: the first year ends on 1 March 2025 (DateKeys), so a visit on 28 February 2025 is in it.
    [InlineData(VisitKind.LookedAfter, "2024-02-29", "2025-02-28", true, "2025-04-11", false)]
    [InlineData(VisitKind.LookedAfter, "2024-02-29", "2025-03-01", true, "2025-06-01", false)]
    public void DueDate_FollowsTheSchedule(VisitKind kind, string start, string? last, bool longTerm, string due, bool workingDays)
    {
        var item = new OpenItem { Start = DateOnly.Parse(start, CultureInfo.InvariantCulture), Last = last is null ? null : DateOnly.Parse(last, CultureInfo.InvariantCulture), LongTerm = longTerm };

        Due result = VisitSchedule.DueDate(kind, item, StatutoryTimescales.Default, Calendar);

        Assert.Equal((DateOnly.Parse(due, CultureInfo.InvariantCulture), workingDays), (result.Date, result.InWorkingDays));
        Assert.Equal(item.Last ?? item.Start, result.Since);
    }

    // Month arithmetic clamps, so some days are no date's due date: 28 February + 3 months is 28 May, 1 March is 1 June.
    [Theory]
    [InlineData("2026-05-31", 3, "2026-03-01")]
    [InlineData("2026-06-30", 3, "2026-03-30")]
    [InlineData("2026-05-28", 3, "2026-02-28")]
    [InlineData("2025-05-29", 3, "2025-03-01")]
    public void EarliestInTime_IsTheFirstDayWhoseDueDateReachesTheDay(string day, int months, string earliest)
    {
        DateOnly d = DateOnly.Parse(day, CultureInfo.InvariantCulture);

        DateOnly result = VisitSchedule.EarliestInTime(d, x => x.AddMonths(months));

        Assert.Equal(DateOnly.Parse(earliest, CultureInfo.InvariantCulture), result);
        Assert.True(result.AddMonths(months) >= d);
        Assert.True(result.AddDays(-1).AddMonths(months) < d);
    }
}
