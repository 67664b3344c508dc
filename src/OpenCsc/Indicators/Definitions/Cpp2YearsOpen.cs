namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Open plans of two years or more (seed dashboard "CP plans lasting 2 years or more", open plans): plans open at the
/// end of the period whose second anniversary is on or before that day.
/// </summary>
public sealed class Cpp2YearsOpen : Indicator
{
    public override string Code => "CPP_2YEARS_OPEN";

    public override string Title => "Open child protection plans of 2 years or more";

    public override string Numerator => "CP plans open at the end of the period that started 2 years or more before it";

    public override string? Denominator => null;

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override double? DefaultTarget => 0;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "Local: the improvement plan's data dashboard";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period; the second anniversary of the start on or before it.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        int key = DateKeys.Of(day);
        return query.Db.ChildProtectionPlans
            .Where(p => p.StartDate <= day && (p.EndDate == null || p.EndDate > day)
                && (p.StartDate.Year + 2) * 10000 + p.StartDate.Month * 100 + p.StartDate.Day <= key)
            .Select(p => new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = day, InNumerator = true });
    }
}
