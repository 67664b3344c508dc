namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Return home interviews offered in time (statutory guidance on children who run away or go missing from home or care,
/// 2014: an interview offered within 72 hours of the return; the hours are a setting): of the returns from missing
/// episodes in the period (episodes of kind missing, not absent, ended in it), those whose interview was offered no more
/// than the set hours after the time of return. Where only the return's date is recorded, an offer by the end of the
/// day the hours reach from the start of that day counts (72 hours: by the end of the third day after).
/// </summary>
public sealed class MissingRhiOffered72H : Indicator
{
    public override string Code => "MISSING_RHI_OFFERED_72H";

    public override string Title => "Return home interviews offered within 72 hours";

    public override string Numerator => "Returns from missing in the period where a return home interview was offered within 72 hours";

    public override string? Denominator => "Returns from missing in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.90;

    public override string DefinedBy => "Statutory guidance: children who run away or go missing from home or care (2014)";

    public override string Timescale(IndicatorSettings settings) =>
        $"Offered within {settings.Timescales.ReturnHomeInterviewHours} hours of the return.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        int hours = query.Settings.Timescales.ReturnHomeInterviewHours;
        int days = (hours + 23) / 24;
        return ReturnsFromMissing.In(query, period).Select(m => new IndicatorRow
        {
            ChildId = m.ChildId,
            RecordId = m.Id,
            Date = m.EndDate!.Value,
            InNumerator = m.RhiOfferedAt != null
                && (m.ReturnedAt != null
                    ? m.RhiOfferedAt <= m.ReturnedAt.Value.AddHours(hours)
                    : DateOnly.FromDateTime(m.RhiOfferedAt.Value) <= m.EndDate.Value.AddDays(days)),
        });
    }
}
