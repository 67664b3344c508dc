namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Single assessments in timescale (DfE, CIN census: start to authorisation within 45 working days): of the
/// assessments authorised in the period, those authorised no more than 45 working days after they started, the
/// start day not counted.
/// </summary>
public sealed class Assessments45Wd : Indicator
{
    public override string Code => "ASSESSMENTS_45WD";

    public override string Title => "Assessments completed within 45 working days";

    public override string Numerator => "Assessments authorised in the period no more than 45 working days after they started";

    public override string? Denominator => "Assessments authorised in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.9;

    public override string DefinedBy => "DfE: CIN census (assessment start to authorisation), Working Together 2023";

    public override string Timescale(IndicatorSettings settings) =>
        $"Authorised no more than {settings.Timescales.AssessmentWorkingDays} working days after the start date (that day not counted).";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        int n = query.Settings.Timescales.AssessmentWorkingDays;
        return from a in query.Db.Assessments
               where a.AuthorisationDate >= period.From && a.AuthorisationDate <= period.To
               join start in query.Days on a.StartDate equals start.Day
               join authorised in query.Days on a.AuthorisationDate equals authorised.Day
               select new IndicatorRow
               {
                   ChildId = a.ChildId,
                   RecordId = a.Id,
                   Date = authorised.Day,
                   InNumerator = authorised.WorkingDayIndex - start.WorkingDayIndex <= n,
               };
    }
}
