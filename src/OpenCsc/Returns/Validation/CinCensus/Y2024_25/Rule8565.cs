namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8565() : CinCensusRule(
    "8565",
    "Activity shown after a case has been closed",
    "CINclosureDate;DateOfInitialCPC;AssessmentActualStartDate;AssessmentAuthorisationDate;S47ActualStartDate;CPPendDate;CINPlanStartDate;CINPlanEndDate",
    "CINdetails;Assessments;Section47;ChildProtectionPlans;CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinColumn closure = t.CINdetails["CINclosureDate"];
        bool After(CinTable table, int row, string column) =>
            table[column].Date(row) is { } date && table.EpisodeOf(row) is int episode and >= 0 && closure.Date(episode) is { } closed && date > closed;
        failures.Flag(t.CINdetails, row => t.CINdetails["DateOfInitialCPC"].Date(row) is { } icpc && closure.Date(row) is { } closed && icpc > closed);
        failures.Flag(t.Assessments, row => After(t.Assessments, row, "AssessmentActualStartDate") || After(t.Assessments, row, "AssessmentAuthorisationDate"));
        failures.Flag(t.Section47, row => After(t.Section47, row, "S47ActualStartDate") || After(t.Section47, row, "DateOfInitialCPC"));
        failures.Flag(t.ChildProtectionPlans, row => After(t.ChildProtectionPlans, row, "CPPstartDate") || After(t.ChildProtectionPlans, row, "CPPendDate"));
        failures.Flag(t.CINplanDates, row => After(t.CINplanDates, row, "CINPlanStartDate") || After(t.CINplanDates, row, "CINPlanEndDate"));
    }
}
