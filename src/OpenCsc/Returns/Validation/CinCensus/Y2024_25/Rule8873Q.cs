namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8873Q() : CinCensusRule(
    "8873Q",
    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
    "ReasonForClosure;AssessmentFactors",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        IReadOnlyList<int>[] assessments = data.ByEpisode(t.Assessments), factors = data.FactorsByAssessment;
        CinColumn factor = t.AssessmentFactors["AssessmentFactors"];
        failures.Flag(t.CINdetails, row => assessments[row].Count == 1 && t.CINdetails["ReasonForClosure"][row] is { } reason
            && reason is not ("RC8" or "RC9") && factors[assessments[row][0]].Any(f => factor[f] == "21"));
    }
}
