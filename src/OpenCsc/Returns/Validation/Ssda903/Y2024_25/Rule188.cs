namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule188() : Ssda903Rule("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.", "SDQ_SCORE;SDQ_REASON", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        ReturnColumn reason = oc2["SDQ_REASON"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && birth.AddYears(4) > data.CollectionEnd && (!score.IsBlank(r) || !reason.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
