namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Children looked after per 10,000 children (DfE, Children looked after in England: rate per 10,000 children under
/// 18): children looked after at the end of the period per 10,000 of the child population (the mid-year estimate for
/// the period's year, or the setting).
/// </summary>
public sealed class ClaRate10K : Indicator
{
    public override string Code => "CLA_RATE_10K";

    public override string Title => "Children looked after per 10,000 children";

    public override string Numerator => "Children looked after at the end of the period";

    public override string? Denominator => "Children aged 0 to 17 in the population, in 10,000s";

    public override IndicatorUnit Unit => IndicatorUnit.RatePer10000;

    public override Polarity Polarity => Polarity.Neutral;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Children looked after in England (rate per 10,000 children under 18 at 31 March)";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) => OpenPeriodsOfCare.Rows(query, period.To);
}
