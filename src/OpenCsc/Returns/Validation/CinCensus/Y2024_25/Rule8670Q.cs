namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8670Q() : CinCensusRule(
    "8670Q",
    "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
    "AssessmentActualStartDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        failures.Flag(a, row => a["AssessmentAuthorisationDate"].IsBlank(row) && a["AssessmentActualStartDate"].Date(row) is { } start
            && start < data.ReferenceDate && data.WorkingDays.WorkingDaysBetween(start, data.ReferenceDate) >= 45);
    }
}
