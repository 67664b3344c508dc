namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Return home interviews accepted (the seed authority's dashboard, after the statutory guidance of 2014): of the returns
/// from missing episodes in the period (kind missing, not absent, ended in it), those where the child accepted the
/// interview, whenever it was offered. An interview recorded as done counts as accepted even where the acceptance
/// itself was not recorded.
/// </summary>
public sealed class MissingRhiAccepted : Indicator
{
    public override string Code => "MISSING_RHI_ACCEPTED";

    public override string Title => "Return home interviews accepted";

    public override string Numerator => "Returns from missing in the period where the child accepted a return home interview";

    public override string? Denominator => "Returns from missing in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.75;

    public override string DefinedBy => "Local standard (the seed authority's data dashboard)";

    public override string Timescale(IndicatorSettings settings) => "Returns in the period; acceptance whenever recorded.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        ReturnsFromMissing.In(query, period).Select(m => new IndicatorRow
        {
            ChildId = m.ChildId,
            RecordId = m.Id,
            Date = m.EndDate!.Value,
            InNumerator = m.RhiAccepted == true || m.RhiCompletedAt != null,
        });
}
