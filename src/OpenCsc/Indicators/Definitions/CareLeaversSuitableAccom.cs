namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Care leavers in suitable accommodation (DfE, Children looked after in England: care leavers' outcomes from the SSDA903 OC3 table; the seed
/// authority counted 17 to 21, the DfE publishes 17 to 18 and 19 to 21): of the care leavers aged 17 to 21 at the end
/// of the period, by whether their accommodation is suitable (the ACCOM code's last digit: 1 suitable, 2 not), as last recorded on or before that day.
/// </summary>
public sealed class CareLeaversSuitableAccom : Indicator
{
    public override string Code => "CARE_LEAVERS_SUITABLE_ACCOM";

    public override string Title => "Care leavers in suitable accommodation";

    public override string Numerator => "Care leavers aged 17 to 21 whose latest recorded accommodation is suitable (ACCOM ending 1)";

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
            InNumerator = l.AccommodationSuitable == true,
        });
}
