namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// ICPCs leading to a plan (seed dashboard "ICPC leading to CP plan"): of the ICPCs held in the period, those at
/// which the child was made subject to a CP plan, i.e. the child has a CP plan starting on the conference's date
/// (the CIN census records a plan's start as the date of the conference that made it).
/// </summary>
public sealed class IcpcToCpp : Indicator
{
    public override string Code => "ICPC_TO_CPP";

    public override string Title => "Initial conferences that led to a child protection plan";

    public override string Numerator => "ICPCs held in the period at which the child became subject to a CP plan";

    public override string? Denominator => "ICPCs held in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.Neutral;

    public override string DefinedBy => "Local: the improvement plan's data dashboard";

    public override string Timescale(IndicatorSettings settings) => "A CP plan for the child that starts on the date of the ICPC.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        query.Db.Section47Enquiries
            .Where(s => s.DateOfInitialCpc >= period.From && s.DateOfInitialCpc <= period.To)
            .Select(s => new IndicatorRow
            {
                ChildId = s.ChildId,
                RecordId = s.Id,
                Date = s.DateOfInitialCpc!.Value,
                InNumerator = query.Db.ChildProtectionPlans.Any(p => p.ChildId == s.ChildId && p.StartDate == s.DateOfInitialCpc),
            });
}
