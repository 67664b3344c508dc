namespace OpenCsc.Indicators.Definitions;

/// <summary>Child protection plans that started in the period (DfE, CIN census: plan start dates).</summary>
public sealed class CppStarted : Indicator
{
    public override string Code => "CPP_STARTED";

    public override string Title => "Child protection plans started";

    public override string Numerator => "CP plans that started in the period";

    public override string? Denominator => null;

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override string DefinedBy => "DfE: CIN census (child protection plan start date)";

    public override string Timescale(IndicatorSettings settings) => "None: the plan's start date places it in a period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        query.Db.ChildProtectionPlans
            .Where(p => p.StartDate >= period.From && p.StartDate <= period.To)
            .Select(p => new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = p.StartDate, InNumerator = true });
}
