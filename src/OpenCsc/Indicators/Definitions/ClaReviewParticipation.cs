using OpenCsc.Codes;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// Children taking part in their reviews (the seed dashboard, with the DfE's SSDA903 participation codes,
/// REVIEW_CODE): of the reviews held in the period of children aged 4 or over on the review's day, those at which the
/// child took part (PN1-PN6; PN7 is "did not take part"; PN0 is "under 4"). The age comes from the date of birth
/// (the fourth birthday counts); where that is not recorded, a review coded PN0 is taken as a child under 4. A review
/// with no code counts as one without the child's participation.
/// </summary>
public sealed class ClaReviewParticipation : Indicator
{
    private static readonly string[] TookPart = [.. ParticipationCodes.TakingPart.Codes];

    public override string Code => "CLA_REVIEW_PARTICIPATION";

    public override string Title => "Looked-after children taking part in their reviews";

    public override string Numerator => "Reviews in the period of children aged 4 or over at which the child took part (PN1-PN6)";

    public override string? Denominator => "Reviews in the period of children aged 4 or over";

    public override IndicatorUnit Unit => IndicatorUnit.Percent;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override double? DefaultTarget => 0.95;

    public override string DefinedBy => "Local: the improvement plan's data dashboard, with the DfE's SSDA903 participation codes (PN0-PN7)";

    public override string Timescale(IndicatorSettings settings) => "Reviews held in the period; aged 4 or over on the review's day.";

    public override IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period)
    {
        string[] tookPart = TookPart;
        return from r in query.Db.LacReviews
               where r.Date >= period.From && r.Date <= period.To
               join c in query.Db.Children on r.ChildId equals c.Id
               where c.DateOfBirth != null
                   ? (c.DateOfBirth.Value.Year + 4) * 10000 + c.DateOfBirth.Value.Month * 100 + c.DateOfBirth.Value.Day
                       <= r.Date.Year * 10000 + r.Date.Month * 100 + r.Date.Day
                   : r.ParticipationCode == null || r.ParticipationCode != "PN0"
               select new IndicatorRow
               {
                   ChildId = r.ChildId,
                   RecordId = r.Id,
                   Date = r.Date,
                   InNumerator = r.ParticipationCode != null && tookPart.Contains(r.ParticipationCode),
               };
    }
}
