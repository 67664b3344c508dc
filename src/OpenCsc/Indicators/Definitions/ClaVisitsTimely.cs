using OpenCsc.Calendar;
using OpenCsc.Trackers;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Looked-after children's visits in timescale (seed dashboard "CLA visits in timescale"; Care Planning Regulations 2010
/// reg 28): of the children looked after at the end of the period (not on an agreed series of short breaks), those
/// whose next visit is not overdue on its last day under the reg 28 schedule: within a week of the current placement's
/// start; then every 6 weeks; every 3 months once a long-term fostering placement (U1, U4) is a year old. Only visits
/// in the current placement at which the child was seen count, by their visit date. How a placement, its start and
/// "long-term" are read from the episodes, and where that simplifies the regulation, is set out in
/// <see cref="VisitSchedule"/>, which the visits tracker applies too.
/// </summary>
public sealed class ClaVisitsTimely : Indicator
{
    public override string Code => "CLA_VISITS_TIMELY";

    public override string Title => "Looked-after children's visits in timescale";

    public override string Numerator => "Children looked after at the end of the period whose visits keep to the reg 28 schedule on its last day";

    public override string? Denominator => "Children looked after at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.95;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "Care Planning, Placement and Case Review (England) Regulations 2010, reg 28";

    public override string Timescale(IndicatorSettings settings) =>
        $"As at the last day of the period: seen within {settings.Timescales.ClaVisitFirstDays} days of the placement's start, then every {settings.Timescales.ClaVisitWeeks} weeks "
        + $"(every {settings.Timescales.ClaLongTermVisitMonths} months once a long-term fostering placement is a year old).";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        StatutoryTimescales s = query.Settings.Timescales;
        DateOnly day = period.To;
        DateOnly firstFrom = day.AddDays(-s.ClaVisitFirstDays);
        DateOnly weeksFrom = day.AddDays(-7 * s.ClaVisitWeeks);
        DateOnly monthsFrom = VisitSchedule.EarliestInTime(day, d => d.AddMonths(s.ClaLongTermVisitMonths));
        return VisitSchedule.LookedAfter(query.Db, day)
            .Select(c => new IndicatorRow
            {
                ChildId = c.ChildId,
                RecordId = c.RecordId,
                Date = day,
                InNumerator = c.Last == null
                    ? c.Start >= firstFrom
                    : c.LongTerm && c.Last.Value.Year * 10000 + c.Last.Value.Month * 100 + c.Last.Value.Day
                        >= (c.Start.Year + 1) * 10000 + c.Start.Month * 100 + c.Start.Day
                        ? c.Last >= monthsFrom
                        : c.Last >= weeksFrom,
            });
    }
}
