namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Strategy discussions compliant with Working Together (seed 1.33): of the strategy discussions held in the
/// period, those in which children's social care, the police and health all took part.
/// </summary>
public sealed class StrategyWtCompliant : Indicator
{
    public override string Code => "STRATEGY_WT_COMPLIANT";

    public override string Title => "Strategy discussions with social care, police and health";

    public override string Numerator => "Strategy discussions in the period in which children's social care, police and health all took part";

    public override string? Denominator => "Strategy discussions in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 1.0;

    public override string DefinedBy => "Working Together to Safeguard Children 2023: the statutory agencies take part";

    public override string Timescale(IndicatorSettings settings) => "None: the discussion's date places it in a period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        query.Db.StrategyDiscussions
            .Where(s => s.Date >= period.From && s.Date <= period.To)
            .Select(s => new IndicatorRow
            {
                ChildId = s.ChildId,
                RecordId = s.Id,
                Date = s.Date,
                InNumerator = s.CscTookPart && s.PoliceTookPart && s.HealthTookPart,
            });
}
