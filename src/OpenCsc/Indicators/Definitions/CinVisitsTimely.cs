using OpenCsc.Trackers;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Child in need visits in timescale (seed dashboard "CIN visits in timescale"): of the children on a CIN plan at the
/// end of the period, those seen on a CIN visit no more than 6 weeks (the local standard) before its last day: a visit
/// 42 days before still counts. A child whose plan began within the standard counts as in time until the first visit is
/// due. Visits count by their visit date, however late they were recorded; visits at which the child was not seen do
/// not count. The rules are <see cref="VisitSchedule"/>'s, which the visits tracker applies too.
/// </summary>
public sealed class CinVisitsTimely : Indicator
{
    public override string Code => "CIN_VISITS_TIMELY";

    public override string Title => "Child in need visits in timescale";

    public override string Numerator => "Children on a CIN plan at the end of the period seen on a CIN visit within the standard (or whose plan began within it)";

    public override string? Denominator => "Children on a CIN plan at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.9;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "Local standard (seed dashboard: CIN visits in timescale, every 6 weeks)";

    public override string Timescale(IndicatorSettings settings) =>
        $"As at the last day of the period: last seen (or the plan started) no more than {settings.Timescales.CinVisitWeeks} weeks before it.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        DateOnly earliest = day.AddDays(-7 * query.Settings.Timescales.CinVisitWeeks);
        return VisitSchedule.ChildInNeed(query.Db, day)
            .Select(c => new IndicatorRow
            {
                ChildId = c.ChildId,
                RecordId = c.RecordId,
                Date = day,
                InNumerator = (c.Last ?? c.Start) >= earliest,
            });
    }
}
