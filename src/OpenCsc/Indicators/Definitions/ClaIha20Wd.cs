using OpenCsc.LookedAfter;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Initial health assessments in time (statutory guidance, Promoting the health and well-being of looked-after
/// children, 2015: within 20 working days of becoming looked after, a setting): of the periods of care that started in
/// the period, those with an initial health assessment on or after the start and no more than 20 working days after
/// it, the start day not counted. A period of care that ended before the assessment was overdue (no more than 20
/// working days after it started) without one is not counted: the child left care before it was due. Until the 20
/// working days have run, a child who started care late in the latest period counts as not (yet) assessed in time.
/// </summary>
public sealed class ClaIha20Wd : Indicator
{
    public override string Code => "CLA_IHA_20WD";

    public override string Title => "Initial health assessments within 20 working days";

    public override string Numerator => "Children starting care in the period with an initial health assessment within 20 working days";

    public override string? Denominator => "Children starting care in the period (less those who left before it was due without one)";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override string DefinedBy => "Statutory guidance: Promoting the health and well-being of looked-after children (2015)";

    public override string Timescale(IndicatorSettings settings) =>
        $"Initial health assessment no more than {settings.Timescales.InitialHealthAssessmentWorkingDays} working days after becoming looked after (that day not counted).";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        int n = query.Settings.Timescales.InitialHealthAssessmentWorkingDays;
        var days = query.Days;
        return from p in query.Db.PeriodsOfCare
               where p.StartDate >= period.From && p.StartDate <= period.To
               join start in days on p.StartDate equals start.Day
               let inTime = query.Db.HealthAssessments.Any(h => h.ChildId == p.ChildId && h.Kind == HealthAssessmentKind.Initial
                   && h.Date >= p.StartDate && days.Any(d => d.Day == h.Date && d.WorkingDayIndex - start.WorkingDayIndex <= n))
               where inTime || p.EndDate == null || days.Any(d => d.Day == p.EndDate && d.WorkingDayIndex - start.WorkingDayIndex > n)
               select new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = p.StartDate, InNumerator = inTime };
    }
}
