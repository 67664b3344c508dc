using OpenCsc.LookedAfter;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Health assessments up to date (DfE, Children looked after in England: children looked after continuously for at
/// least 12 months whose health assessment is up to date; statutory guidance 2015: every 6 months under 5, every 12
/// months from 5, both settings): of the children looked after at the end of the period whose period of care started
/// on or before the same date a year earlier (for 29 February, a year is reached on 1 March), those whose latest
/// initial or review health assessment on or before that day was within 6 months of it (under 5 that day) or 12 months
/// (5 or over, or the date of birth not recorded). Dental checks do not count. "Within 6 months" of 31 August ends on
/// the last day of February.
/// </summary>
public sealed class ClaHealthChecks : Indicator
{
    public override string Code => "CLA_HEALTH_CHECKS";

    public override string Title => "Health assessments up to date";

    public override string Numerator => "Children looked after 12 months or more whose latest health assessment is up to date";

    public override string? Denominator => "Children looked after at the end of the period, continuously for 12 months or more";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.95;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Children looked after in England (health assessments of children looked after 12 months); statutory guidance 2015";

    public override string Timescale(IndicatorSettings settings) =>
        $"As at the last day of the period: an assessment within {settings.Timescales.HealthAssessmentMonthsUnderFive} months (under 5) "
        + $"or {settings.Timescales.HealthAssessmentMonthsFromFive} months (5 or over).";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        int key = DateKeys.Of(day);
        DateOnly startedBy = DateKeys.LastDayUpTo(key - 10000);
        DateOnly fifthBirthdayAfter = DateKeys.LastDayUpTo(key - 50000);
        DateOnly underFiveSince = DateKeys.FirstDayFrom(DateKeys.AddMonths(day, -query.Settings.Timescales.HealthAssessmentMonthsUnderFive));
        DateOnly fromFiveSince = DateKeys.FirstDayFrom(DateKeys.AddMonths(day, -query.Settings.Timescales.HealthAssessmentMonthsFromFive));
        return from p in OpenPeriodsOfCare.At(query, day)
               where p.StartDate <= startedBy
               join c in query.Db.Children on p.ChildId equals c.Id
               let latest = query.Db.HealthAssessments
                   .Where(h => h.ChildId == p.ChildId && h.Kind != HealthAssessmentKind.Dental && h.Date <= day)
                   .Max(h => (DateOnly?)h.Date)
               select new IndicatorRow
               {
                   ChildId = p.ChildId,
                   RecordId = p.Id,
                   Date = day,
                   InNumerator = latest != null
                       && latest >= (c.DateOfBirth != null && c.DateOfBirth > fifthBirthdayAfter ? underFiveSince : fromFiveSince),
               };
    }
}
