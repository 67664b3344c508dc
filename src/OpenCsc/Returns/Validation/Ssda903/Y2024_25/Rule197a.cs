namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule197a() : Ssda903Rule("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.", "SDQ_SCORE;SDQ_REASON", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        ReturnColumn reason = oc2["SDQ_REASON"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (!score.IsBlank(r) && !reason.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
