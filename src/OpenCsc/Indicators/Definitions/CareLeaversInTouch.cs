namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Care leavers in touch (DfE, Children looked after in England: care leavers' outcomes from the SSDA903 OC3 table; the seed
/// authority counted 17 to 21, the DfE publishes 17 to 18 and 19 to 21): of the care leavers aged 17 to 21 at the end
/// of the period, by whether the council is in touch (IN_TOUCH: YES; NO, REFU, NREQ and RHOM are not in touch, and a young person with nothing recorded is counted as not known), as last recorded on or before that day.
/// </summary>
public sealed class CareLeaversInTouch : Indicator
{
    public override string Code => "CARE_LEAVERS_IN_TOUCH";

    public override string Title => "Care leavers in touch";

    public override string Numerator => "Care leavers aged 17 to 21 whose latest recorded contact says the council is in touch with them (IN_TOUCH YES)";

    public override string? Denominator => "Care leavers aged 17 to 21 at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.90;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "DfE: Children looked after in England (care leavers, SSDA903 OC3); ages from the seed authority's dashboard";

    public override string Timescale(IndicatorSettings settings) =>
        $"As at the last day of the period: aged {settings.CareLeaverMinimumAge} to {settings.CareLeaverMaximumAge}, latest record on or before it.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        CareLeaversAtEnd.At(query, period.To).Select(l => new IndicatorRow
        {
            ChildId = l.ChildId,
            RecordId = l.CareLeaverId,
            Date = period.To,
            InNumerator = l.InTouch == "YES",
        });
}
