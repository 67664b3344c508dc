using OpenCsc.ChildInNeed;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Assessments ending in no further action (seed dashboard "assessment outcomes"): of the assessments authorised
/// in the period, those whose outcome was no further action. Local definition.
/// </summary>
public sealed class AssessmentOutcomeNfa : Indicator
{
    public override string Code => "ASSESSMENT_OUTCOME_NFA";

    public override string Title => "Assessments ending in no further action";

    public override string Numerator => "Assessments authorised in the period whose outcome was no further action";

    public override string? Denominator => "Assessments authorised in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.Neutral;

    public override string DefinedBy => "Local: the improvement plan's data dashboard";

    public override string Timescale(IndicatorSettings settings) => "None: the authorisation date places the assessment in a period.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        query.Db.Assessments
            .Where(a => a.AuthorisationDate >= period.From && a.AuthorisationDate <= period.To)
            .Select(a => new IndicatorRow
            {
                ChildId = a.ChildId,
                RecordId = a.Id,
                Date = a.AuthorisationDate!.Value,
                InNumerator = a.Outcome == AssessmentOutcome.NoFurtherAction,
            });
}
