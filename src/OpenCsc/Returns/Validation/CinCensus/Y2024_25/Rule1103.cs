namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1103() : CinCensusRule(
    "1103",
    "The assessment start date cannot be before the referral date",
    "AssessmentActualStartDate;CINreferralDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        failures.Flag(a, row => a["AssessmentActualStartDate"].Date(row) is { } start
            && data.EpisodeDate(a, row, "CINreferralDate") is { } referral && start < referral);
    }
}
