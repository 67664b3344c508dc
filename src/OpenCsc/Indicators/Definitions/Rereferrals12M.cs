namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Re-referrals (DfE, Characteristics of children in need: "referrals within 12 months of a previous referral"): of
/// the referrals in the period, those where the child had another referral in the 12 months before it. The 12 months
/// run from the same calendar date a year earlier (included; for 29 February, from 1 March) to the day before the
/// referral: a second referral on the same day is not a re-referral of the first.
/// </summary>
public sealed class Rereferrals12M : Indicator
{
    public override string Code => "REREFERRALS_12M";

    public override string Title => "Re-referrals within 12 months";

    public override string Numerator => "Referrals in the period where the child had another referral in the 12 months before it";

    public override string? Denominator => "Referrals in the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override double? DefaultTarget => 0.18;

    public override string DefinedBy => "DfE: Characteristics of children in need (re-referrals within 12 months)";

    public override string Timescale(IndicatorSettings settings) =>
        "A previous referral on or after the same date a year earlier, and before the referral's day.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        var episodes = query.Db.CinEpisodes;
        return episodes
            .Where(e => e.ReferralDate >= period.From && e.ReferralDate <= period.To)
            .Select(e => new IndicatorRow
            {
                ChildId = e.ChildId,
                RecordId = e.Id,
                Date = e.ReferralDate,
                InNumerator = episodes.Any(p => p.ChildId == e.ChildId
                    && p.ReferralDate < e.ReferralDate
                    && p.ReferralDate.Year * 10000 + p.ReferralDate.Month * 100 + p.ReferralDate.Day
                        >= (e.ReferralDate.Year - 1) * 10000 + e.ReferralDate.Month * 100 + e.ReferralDate.Day),
            });
    }
}
