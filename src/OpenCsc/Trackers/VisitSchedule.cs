using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Visits;

namespace OpenCsc.Trackers;

/// <summary>
/// The statutory visiting schedules, shared by the visits tracker and the visit indicators so that a child the
/// tracker shows as overdue is the child the indicator counts as out of time.
/// <list type="bullet">
/// <item>Who is due visits at the end of a day: children on a CP plan or a CIN plan open at its end; children looked
/// after at its end (not on an agreed series of short breaks, legal status V3 or V4, whose reviews and visits follow
/// reg 48 instead); care leavers the service is working with (an allocation open, not looked after, a period of care
/// ended on or before the day).</item>
/// <item>The clock runs from the last visit of the same kind at which the child was seen, on or after the plan's start
/// (the placement's start; leaving care), up to the day; without one, from that start, so a child whose plan began
/// recently is in time until the first visit is due. Visits count by their visit date, however late they were
/// recorded.</item>
/// <item>CP: at least every <see cref="StatutoryTimescales.CpVisitWorkingDays"/> working days (the day the clock starts
/// not counted). CIN: every <see cref="StatutoryTimescales.CinVisitWeeks"/> weeks. Care leavers: every
/// <see cref="StatutoryTimescales.CareLeaverVisitWeeks"/> weeks.</item>
/// <item>CLA (Care Planning Regulations 2010 reg 28): within <see cref="StatutoryTimescales.ClaVisitFirstDays"/> days of
/// the start of each placement; then every <see cref="StatutoryTimescales.ClaVisitWeeks"/> weeks; once a long-term
/// placement is a year old, every <see cref="StatutoryTimescales.ClaLongTermVisitMonths"/> months. A placement starts
/// when the child moves to new carers (reason for new episode S, P or T); a change of placement with the same carers
/// (B, U) or of legal status only (L) continues it. "Long-term" is read from the latest episode's placement type:
/// long-term fostering (U1, U4), as the SSDA903 codes a placement intended to last until the child is 18. This is a
/// simplification: another placement meant to last until 18 (a children's home, placement with parents) is treated as
/// not long-term, so its visits are due every six weeks, which is stricter than the regulation. Which interval applies
/// is decided by the date of the last visit: a visit on or after the placement's first anniversary starts the
/// longer interval.</item>
/// </list>
/// </summary>
public static class VisitSchedule
{
    public static IQueryable<OpenItem> ChildProtection(AppDbContext db, DateOnly day) =>
        db.ChildProtectionPlans
            .Where(DatedPeriods.OpenAtEndOf<OpenCsc.ChildProtection.ChildProtectionPlan>(day))
            .Select(p => new OpenItem
            {
                ChildId = p.ChildId,
                RecordId = p.Id,
                Start = p.StartDate,
                StartAt = null,
                Count = 0,
                LongTerm = false,
                WorkerId = null,
                Last = db.Visits
                    .Where(v => v.ChildId == p.ChildId && v.Kind == VisitKind.ChildProtection && v.ChildSeen && v.VisitDate >= p.StartDate && v.VisitDate <= day)
                    .Max(v => (DateOnly?)v.VisitDate),
            });

    public static IQueryable<OpenItem> ChildInNeed(AppDbContext db, DateOnly day) =>
        db.CinPlans
            .Where(DatedPeriods.OpenAtEndOf<OpenCsc.ChildInNeed.CinPlan>(day))
            .Select(p => new OpenItem
            {
                ChildId = p.ChildId,
                RecordId = p.Id,
                Start = p.StartDate,
                StartAt = null,
                Count = 0,
                LongTerm = false,
                WorkerId = null,
                Last = db.Visits
                    .Where(v => v.ChildId == p.ChildId && v.Kind == VisitKind.ChildInNeed && v.ChildSeen && v.VisitDate >= p.StartDate && v.VisitDate <= day)
                    .Max(v => (DateOnly?)v.VisitDate),
            });

    public static IQueryable<OpenItem> LookedAfter(AppDbContext db, DateOnly day) =>
        LookedAfterChildren.At(db, day)
            .Select(p => new
            {
                Period = p,
                PlacementType = db.CareEpisodes.Where(e => e.PeriodOfCareId == p.Id && e.StartDate <= day)
                    .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id).Select(e => e.PlacementType).FirstOrDefault(),
                PlacedOn = db.CareEpisodes
                    .Where(e => e.PeriodOfCareId == p.Id && e.StartDate <= day
                        && (e.ReasonForNewEpisode == "S" || e.ReasonForNewEpisode == "P" || e.ReasonForNewEpisode == "T"))
                    .Max(e => (DateOnly?)e.StartDate) ?? p.StartDate,
            })
            .Select(x => new OpenItem
            {
                ChildId = x.Period.ChildId,
                RecordId = x.Period.Id,
                Start = x.PlacedOn,
                StartAt = null,
                Count = 0,
                LongTerm = x.PlacementType == "U1" || x.PlacementType == "U4",
                WorkerId = null,
                Last = db.Visits
                    .Where(v => v.ChildId == x.Period.ChildId && v.Kind == VisitKind.LookedAfter && v.ChildSeen && v.VisitDate >= x.PlacedOn && v.VisitDate <= day)
                    .Max(v => (DateOnly?)v.VisitDate),
            });

    public static IQueryable<OpenItem> CareLeavers(AppDbContext db, DateOnly day) =>
        db.CareLeavers
            .Where(c => db.Allocations.Any(a => a.ChildId == c.ChildId && a.StartDate <= day && (a.EndDate == null || a.EndDate > day))
                && !db.PeriodsOfCare.Any(p => p.ChildId == c.ChildId && p.StartDate <= day && (p.EndDate == null || p.EndDate > day)))
            .Select(c => new
            {
                c.Id,
                c.ChildId,
                LeftCare = db.PeriodsOfCare.Where(p => p.ChildId == c.ChildId && p.EndDate != null && p.EndDate <= day).Max(p => p.EndDate),
            })
            .Where(x => x.LeftCare != null)
            .Select(x => new OpenItem
            {
                ChildId = x.ChildId,
                RecordId = x.Id,
                Start = x.LeftCare!.Value,
                StartAt = null,
                Count = 0,
                LongTerm = false,
                WorkerId = null,
                Last = db.Visits
                    .Where(v => v.ChildId == x.ChildId && v.Kind == VisitKind.CareLeaver && v.ChildSeen && v.VisitDate >= x.LeftCare && v.VisitDate <= day)
                    .Max(v => (DateOnly?)v.VisitDate),
            });

    /// <summary>The next visit's due date.</summary>
    public static Due DueDate(VisitKind kind, OpenItem item, StatutoryTimescales timescales, WorkingDayCalendar calendar)
    {
        DateOnly since = item.Last ?? item.Start;
        string sinceEvent = item.Last is not null ? "Last seen" : kind switch
        {
            VisitKind.LookedAfter => "Placed",
            VisitKind.CareLeaver => "Left care",
            _ => "Plan started",
        };
        return kind switch
        {
            VisitKind.ChildProtection => new Due(calendar.AddWorkingDays(since, timescales.CpVisitWorkingDays), since, sinceEvent, InWorkingDays: true),
            VisitKind.ChildInNeed => new Due(since.AddDays(7 * timescales.CinVisitWeeks), since, sinceEvent, false),
            VisitKind.CareLeaver => new Due(since.AddDays(7 * timescales.CareLeaverVisitWeeks), since, sinceEvent, false),
            VisitKind.LookedAfter => new Due(LookedAfterDue(item, timescales), since, sinceEvent, false),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>True when the last visit was made on or after the placement's first anniversary (29 February's is 1 March).</summary>
    public static bool IsAfterFirstYear(DateOnly placedOn, DateOnly visit) => DateKeys.Of(visit) >= DateKeys.Of(placedOn) + 10000;

    /// <summary>
    /// The earliest date from which a visit (or a start) is still in time at the end of <paramref name="day"/> under
    /// a calendar rule: the smallest d with <c>due(d) &gt;= day</c>. Month arithmetic clamps to the month's end, so
    /// it is found by search rather than by subtracting: three months after 28 February is 28 May, not 31 May.
    /// </summary>
    public static DateOnly EarliestInTime(DateOnly day, Func<DateOnly, DateOnly> due)
    {
        DateOnly d = day;
        while (due(d.AddDays(-1)) >= day)
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    private static DateOnly LookedAfterDue(OpenItem item, StatutoryTimescales timescales)
    {
        if (item.Last is not { } seen)
        {
            return item.Start.AddDays(timescales.ClaVisitFirstDays);
        }

        return item.LongTerm && IsAfterFirstYear(item.Start, seen)
            ? seen.AddMonths(timescales.ClaLongTermVisitMonths)
            : seen.AddDays(7 * timescales.ClaVisitWeeks);
    }
}
