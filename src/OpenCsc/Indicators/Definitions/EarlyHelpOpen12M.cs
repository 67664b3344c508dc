namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Long-running early help (the seed authority's "CAFs open over 12 months"; the months are a setting): of the early
/// help episodes open at the end of the period, those that started on or before the same date 12 months earlier (an
/// episode from 31 May 2025 has been open 12 months on 31 May 2026; one from 29 February reaches a year on 1 March).
/// </summary>
public sealed class EarlyHelpOpen12M : Indicator
{
    public override string Code => "EARLY_HELP_OPEN_12M";

    public override string Title => "Early help episodes open 12 months or more";

    public override string Numerator => "Early help episodes open at the end of the period that started 12 months or more before it";

    public override string? Denominator => "Early help episodes open at the end of the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    /// <summary>The seed authority had 13% open over a year; its aim was to bring that down.</summary>
    public override double? DefaultTarget => 0.10;

    public override bool IsSnapshot => true;

    public override string DefinedBy => "Local standard (the seed authority's data dashboard: CAFs open over 12 months)";

    public override string Timescale(IndicatorSettings settings) =>
        $"As at the last day of the period: open {settings.Timescales.EarlyHelpLongMonths} months or more.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        DateOnly startedBy = DateKeys.LastDayUpTo(DateKeys.AddMonths(period.To, -query.Settings.Timescales.EarlyHelpLongMonths));
        return OpenEarlyHelp.At(query, period.To).Select(e => new IndicatorRow
        {
            ChildId = e.ChildId,
            RecordId = e.Id,
            Date = period.To,
            InNumerator = e.StartDate <= startedBy,
        });
    }
}
