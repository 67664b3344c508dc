namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Children on a CP plan per 10,000 children (DfE, Characteristics of children in need): plans open at the end of
/// the period per 10,000 of the child population (the mid-year estimate for the period's year, or the setting).
/// </summary>
public sealed class CppRate10K : Indicator
{
    public override string Code => "CPP_RATE_10K";

    public override string Title => "Child protection plans per 10,000 children";

    public override string Numerator => "CP plans open at the end of the period";

    public override string? Denominator => "Children aged 0 to 17 in the population, in 10,000s";

    public override IndicatorUnit Unit => IndicatorUnit.RatePer10000;

    public override Polarity Polarity => Polarity.Neutral;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Characteristics of children in need (rate per 10,000 children)";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) => OpenChildProtectionPlans.At(query, period.To);
}
