namespace OpenCsc.Indicators.Definitions;

/// <summary>Children subject to a child protection plan at the end of the period (DfE, CIN census "at 31 March").</summary>
public sealed class CppOpen : Indicator
{
    public override string Code => "CPP_OPEN";

    public override string Title => "Child protection plans open";

    public override string Numerator => "CP plans open at the end of the period (started on or before its last day, not ended by it)";

    public override string? Denominator => null;

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Characteristics of children in need (children on a plan at 31 March)";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) => OpenChildProtectionPlans.At(query, period.To);
}
