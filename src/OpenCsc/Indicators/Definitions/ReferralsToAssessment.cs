namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Referrals leading to assessment (seed dashboard): of the referrals in the period, those whose CIN episode has a
/// single assessment. Local definition; a referral late in the period may not have its assessment yet.
/// </summary>
public sealed class ReferralsToAssessment : Indicator
{
    public override string Code => "REFERRALS_TO_ASSESSMENT";

    public override string Title => "Referrals that led to an assessment";

    public override string Numerator => "Referrals in the period whose episode has a single assessment";

    public override string? Denominator => "Referrals in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.Neutral;

    public override string DefinedBy => "Local: the improvement plan's data dashboard";

    public override string Timescale(IndicatorSettings settings) => "None: an assessment at any time in the referral's episode counts.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period) =>
        query.Db.CinEpisodes
            .Where(e => e.ReferralDate >= period.From && e.ReferralDate <= period.To)
            .Select(e => new IndicatorRow
            {
                ChildId = e.ChildId,
                RecordId = e.Id,
                Date = e.ReferralDate,
                InNumerator = query.Db.Assessments.Any(a => a.CinEpisodeId == e.Id),
            });
}
