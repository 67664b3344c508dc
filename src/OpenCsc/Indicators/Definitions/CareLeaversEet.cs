namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Care leavers in education, employment or training (DfE, Children looked after in England: care leavers' outcomes from the SSDA903 OC3 table; the seed
/// authority counted 17 to 21, the DfE publishes 17 to 18 and 19 to 21): of the care leavers aged 17 to 21 at the end
/// of the period, by their main activity (ACTIV: education, training or employment full or part time, F1 to P5; G4 to G6 are not), as last recorded on or before that day.
/// </summary>
public sealed class CareLeaversEet : Indicator
{
    public override string Code => "CARE_LEAVERS_EET";

    public override string Title => "Care leavers in education, employment or training";

    public override string Numerator => "Care leavers aged 17 to 21 whose latest recorded activity is education, training or employment (ACTIV F1, P1, F2, P2, F3, P3, F4, P4, F5, P5)";

    public override string? Denominator => "Care leavers aged 17 to 21 at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.60;

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
            InNumerator = l.Activity != null && CareLeaversAtEnd.InEducationEmploymentOrTraining.Contains(l.Activity),
        });
}
