namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule180() : Ssda903Rule("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", "SDQ_SCORE", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        int?[] numbers = score.Integers;
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (!score.IsBlank(r) && numbers[r] is not (>= 0 and <= 40))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
