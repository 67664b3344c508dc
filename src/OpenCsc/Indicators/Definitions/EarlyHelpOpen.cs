namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Open early help (the seed authority's "open CAFs"): early help episodes started on or before the last day of the
/// period and not ended by it. One row per episode: a child with two open episodes is counted twice, as the CAF count was.
/// </summary>
public sealed class EarlyHelpOpen : Indicator
{
    public override string Code => "EARLY_HELP_OPEN";

    public override string Title => "Open early help episodes";

    public override string Numerator => "Early help (CAF) episodes open at the end of the period";

    public override string? Denominator => null;

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "Local standard (the seed authority's data dashboard: open CAFs)";

    public override string Timescale(IndicatorSettings settings) => "As at the last day of the period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        OpenEarlyHelp.At(query, period.To).Select(e => new IndicatorRow { ChildId = e.ChildId, RecordId = e.Id, Date = period.To, InNumerator = true });
}
