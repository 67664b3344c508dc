namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule189() : Ssda903Rule("189", "'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties ' + '(SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.'", "DOB;SDQ_SCORE;SDQ_REASON", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        ReturnColumn reason = oc2["SDQ_REASON"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && birth.AddYears(17) <= data.CollectionStart && (!score.IsBlank(r) || !reason.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
