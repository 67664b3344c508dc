using OpenCsc.Trackers;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Child protection visits in timescale (seed dashboard "CP visits within 10 working days"): of the children on a CP plan
/// at the end of the period, those seen on a CP visit no more than 10 working days (the local standard) before its last
/// day, that visit's day not counted. A child whose plan began fewer working days before than the standard counts as
/// in time until the first visit is due (the clock runs from the plan's start). Visits count by their visit date, so
/// one recorded late still counts if it was made in time; visits at which the child was not seen do not count. The
/// rules are <see cref="VisitSchedule"/>'s, which the visits tracker applies too.
/// </summary>
public sealed class CpVisitsTimely : Indicator
{
    public override string Code => "CP_VISITS_TIMELY";

    public override string Title => "Child protection visits in timescale";

    public override string Numerator => "Children on a CP plan at the end of the period seen on a CP visit within the standard (or whose plan began within it)";

    public override string? Denominator => "Children on a CP plan at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.9;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "Local standard (seed dashboard: CP visits within 10 working days)";

    public override string Timescale(IndicatorSettings settings) =>
        $"As at the last day of the period: last seen (or the plan started) no more than {settings.Timescales.CpVisitWorkingDays} working days before it.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        int n = query.Settings.Timescales.CpVisitWorkingDays;
        return from c in VisitSchedule.ChildProtection(query.Db, day)
               join since in query.Days on c.Last ?? c.Start equals since.Day
               from end in query.Days.Where(d => d.Day == day)
               select new IndicatorRow
               {
                   ChildId = c.ChildId,
                   RecordId = c.RecordId,
                   Date = day,
                   InNumerator = end.WorkingDayIndex - since.WorkingDayIndex <= n,
               };
    }
}
