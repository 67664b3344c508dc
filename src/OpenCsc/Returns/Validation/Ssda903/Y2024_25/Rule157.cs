namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule157() : Ssda903Rule("157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.", "SDQ_REASON;DOB", "OC2;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        ReturnColumn reason = oc2["SDQ_REASON"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && birth.AddYears(4) <= data.CollectionStart && birth.AddYears(16) >= data.CollectionEnd
                && continuous.Contains(oc2.Child[r] ?? "") && score.IsBlank(r) && reason[r] == "SDQ1")
            {
                failures.Add(oc2, r);
            }
        }
    }
}
