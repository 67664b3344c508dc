namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Plans that lasted two years or more (DfE, Characteristics of children in need: "plans ceasing that lasted 2
/// years or more"): of the plans that ended in the period, those that ended on or after the second anniversary of
/// their start (for a start on 29 February, 1 March two years on).
/// </summary>
public sealed class Cpp2YearsEnded : Indicator
{
    public override string Code => "CPP_2YEARS_ENDED";

    public override string Title => "Child protection plans ended that lasted 2 years or more";

    public override string Numerator => "Plans ended in the period that lasted 2 years or more";

    public override string? Denominator => "CP plans ended in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override double? DefaultTarget => 0.02;

    public override string DefinedBy => "DfE: Characteristics of children in need (plans ceasing lasting 2 years or more)";

    public override string Timescale(IndicatorSettings settings) => "End date on or after the second anniversary of the start date.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        query.Db.ChildProtectionPlans
            .Where(p => p.EndDate >= period.From && p.EndDate <= period.To)
            .Select(p => new IndicatorRow
            {
                ChildId = p.ChildId,
                RecordId = p.Id,
                Date = p.EndDate!.Value,
                InNumerator = p.EndDate!.Value.Year * 10000 + p.EndDate!.Value.Month * 100 + p.EndDate!.Value.Day
                    >= (p.StartDate.Year + 2) * 10000 + p.StartDate.Month * 100 + p.StartDate.Day,
            });
}
