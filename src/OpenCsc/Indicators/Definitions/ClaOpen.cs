namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Children looked after at the end of the period (DfE, SSDA903 "children looked after at 31 March"): periods of care
/// started on or before its last day and not ended by it.
/// </summary>
public sealed class ClaOpen : Indicator
{
    public override string Code => "CLA_OPEN";

    public override string Title => "Children looked after";

    public override string Numerator => "Children looked after at the end of the period (a period of care started on or before its last day, not ended by it)";

    public override string? Denominator => null;

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Children looked after in England (children looked after at 31 March, SSDA903)";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) => OpenPeriodsOfCare.Rows(query, period.To);
}
