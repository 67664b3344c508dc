namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Looked-after children's reviews held on time (Care Planning, Placement and Case Review (England) Regulations 2010,
/// reg 33): the first within 20 working days of the child becoming looked after, the second within 3 months of the
/// first, then each within 6 months of the one before (all settings, with those defaults).
/// <para>
/// The rows are the reviews that fell due in the period, one for each due date in it, whether or not the review has
/// been held: a review is due on the last day its timescale allows, counted from the review before it as actually
/// held (from the start of the period of care for the first), and it is on time if the next review of that period of
/// care is held on or before that day. A review not held by its due date counts as late in the period the due date
/// falls in, whenever it is held; its successor falls due from the day it is held, so a review overdue for months
/// counts once. A review is not counted when the period of care ended before it was overdue (on or before the last
/// day it would have been in time). Reviews on the same day count as one.
/// </para>
/// <para>
/// "Within 20 working days" compares working-day indexes, the start day not counted (the 20th working day is the due
/// date; a review on the weekend after it is in time). "Within 3 months of 30 November" ends on the last day of
/// February (the 28th, or the 29th in a leap year). Where the records start after the period of care did
/// (<see cref="IndicatorSettings.RecordsStartOn"/>), the first review is not counted and the first recorded review is
/// taken as a later one, since earlier reviews were not brought over.
/// </para>
/// </summary>
public sealed class ClaReviewsTimely : Indicator
{
    public override string Code => "CLA_REVIEWS_TIMELY";

    public override string Title => "Looked-after children's reviews on time";

    public override string Numerator => "Reviews due in the period that were held on or before their due date";

    public override string? Denominator => "Reviews due in the period (held or not)";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override string DefinedBy => "Statutory: Care Planning, Placement and Case Review (England) Regulations 2010, reg 33";

    public override string Timescale(IndicatorSettings settings) =>
        $"First review within {settings.Timescales.ClaFirstReviewWorkingDays} working days of becoming looked after; second within "
        + $"{settings.Timescales.ClaSecondReviewMonths} months of the first; then at most {settings.Timescales.ClaLaterReviewMonths} months apart.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        FirstReviews(query, period)
            .Concat(NextReviews(query, period, first: true))
            .Concat(NextReviews(query, period, first: false));

    /// <summary>First reviews, due on the n-th working day after the period of care started.</summary>
    private static IQueryable<IndicatorRow> FirstReviews(IndicatorQuery query, ReportingPeriod period)
    {
        int n = query.Settings.Timescales.ClaFirstReviewWorkingDays;
        DateOnly startsOn = query.Settings.RecordsStartOn ?? DateOnly.MinValue;
        DateOnly firstDay = period.From;
        DateOnly lastDay = period.To;
        DateOnly dayBefore = firstDay.AddDays(-1);
        var days = query.Days;
        var reviews = query.Db.LacReviews;

        // The working day with index k is in the period when the day before the period has a lower index and its last
        // day has at least k.
        return from p in query.Db.PeriodsOfCare
               where p.StartDate >= startsOn
               join start in days on p.StartDate equals start.Day
               where start.WorkingDayIndex + n > days.Where(d => d.Day == dayBefore).Select(d => d.WorkingDayIndex).First()
                   && start.WorkingDayIndex + n <= days.Where(d => d.Day == lastDay).Select(d => d.WorkingDayIndex).First()
               let due = days.Where(d => d.Day >= firstDay && d.Day <= lastDay && d.WorkingDayIndex == start.WorkingDayIndex + n).Min(d => (DateOnly?)d.Day)
               where due != null && (p.EndDate == null || days.Any(d => d.Day == p.EndDate && d.WorkingDayIndex - start.WorkingDayIndex > n))
               select new IndicatorRow
               {
                   ChildId = p.ChildId,
                   RecordId = p.Id,
                   Date = due!.Value,
                   InNumerator = reviews.Any(r => r.ChildId == p.ChildId && r.Date >= p.StartDate
                       && days.Any(d => d.Day == r.Date && d.WorkingDayIndex - start.WorkingDayIndex <= n)),
               };
    }

    /// <summary>
    /// The review after each held review: after the first of the period of care (<paramref name="first"/>), due within
    /// the second review's months of it; after a later one, within the later reviews' months.
    /// </summary>
    private static IQueryable<IndicatorRow> NextReviews(IndicatorQuery query, ReportingPeriod period, bool first)
    {
        int months = first ? query.Settings.Timescales.ClaSecondReviewMonths : query.Settings.Timescales.ClaLaterReviewMonths;
        DateOnly startsOn = query.Settings.RecordsStartOn ?? DateOnly.MinValue;
        DateOnly firstDay = period.From;
        DateOnly lastDay = period.To;

        // A review is due in the period when the review before it was held in these bounds (its date moved on by the
        // months lands in the period).
        DateOnly heldFrom = DateKeys.FirstDayFrom(DateKeys.AddMonths(firstDay, -months));
        DateOnly heldBefore = DateKeys.FirstDayFrom(DateKeys.AddMonths(lastDay.AddDays(1), -months));
        var days = query.Days;
        var reviews = query.Db.LacReviews;

        return from r in reviews
               where r.Date >= heldFrom && r.Date < heldBefore
                   && !reviews.Any(o => o.ChildId == r.ChildId && o.Date == r.Date && o.Id < r.Id)
               from p in query.Db.PeriodsOfCare
               where p.ChildId == r.ChildId && p.StartDate <= r.Date && (p.EndDate == null || p.EndDate >= r.Date)
                   && first == (p.StartDate >= startsOn && !reviews.Any(o => o.ChildId == r.ChildId && o.Date >= p.StartDate && o.Date < r.Date))
               let dueKey = ((r.Date.Year + ((r.Date.Month - 1 + months) / 12)) * 10000) + ((((r.Date.Month - 1 + months) % 12) + 1) * 100) + r.Date.Day
               where p.EndDate == null || (p.EndDate.Value.Year * 10000) + (p.EndDate.Value.Month * 100) + p.EndDate.Value.Day > dueKey
               select new IndicatorRow
               {
                   ChildId = r.ChildId,
                   RecordId = p.Id,
                   Date = days.Where(d => d.Day >= firstDay && d.Day <= lastDay && (d.Day.Year * 10000) + (d.Day.Month * 100) + d.Day.Day <= dueKey).Max(d => d.Day),
                   InNumerator = reviews.Any(q => q.ChildId == r.ChildId && q.Date > r.Date
                       && (q.Date.Year * 10000) + (q.Date.Month * 100) + q.Date.Day <= dueKey),
               };
    }
}
