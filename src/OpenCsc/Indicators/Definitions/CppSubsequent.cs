namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Second or subsequent plans (DfE, Characteristics of children in need: "subject to a plan for a second or
/// subsequent time, ever"): of the plans that started in the period, those where the child had an earlier CP plan.
/// Where the child's history starts before the data does, the plan's recorded number of previous plans counts.
/// </summary>
public sealed class CppSubsequent : Indicator
{
    public override string Code => "CPP_SUBSEQUENT";

    public override string Title => "Second or subsequent child protection plans";

    public override string Numerator => "Plans started in the period where the child had an earlier CP plan (ever)";

    public override string? Denominator => "CP plans started in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override double? DefaultTarget => 0.2;

    public override string DefinedBy => "DfE: Characteristics of children in need (second or subsequent plans, ever)";

    public override string Timescale(IndicatorSettings settings) => "An earlier plan at any time, or a recorded number of previous plans above 0.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        var plans = query.Db.ChildProtectionPlans;
        return plans
            .Where(p => p.StartDate >= period.From && p.StartDate <= period.To)
            .Select(p => new IndicatorRow
            {
                ChildId = p.ChildId,
                RecordId = p.Id,
                Date = p.StartDate,
                InNumerator = p.NumberOfPreviousPlans > 0 || plans.Any(e => e.ChildId == p.ChildId && e.StartDate < p.StartDate),
            });
    }
}
