namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Child in need plans open at the end of the period (DfE, CIN census CIN plan dates): started on or before its last
/// day and not ended by it. Each plan counts, so a child with two overlapping plans counts twice.
/// </summary>
public sealed class CinPlansOpen : Indicator
{
    public override string Code => "CIN_PLANS_OPEN";

    public override string Title => "Child in need plans open";

    public override string Numerator => "CIN plans open at the end of the period (started on or before its last day, not ended by it)";

    public override string? Denominator => null;

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: CIN census (CIN plan start and end dates); the improvement plan's data dashboard";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly day = period.To;
        return query.Db.CinPlans
            .Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.ChildInNeed.CinPlan>(day))
            .Select(p => new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = day, InNumerator = true });
    }
}
