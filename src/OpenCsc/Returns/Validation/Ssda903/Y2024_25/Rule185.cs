namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule185() : Ssda903Rule("185", "'Child has not been looked after continuously for at least 12 months at ' + '31 March but a Strengths and Difficulties (SDQ) score has been completed.'", "SDQ_SCORE", "Episodes;OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn score = oc2["SDQ_SCORE"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (!score.IsBlank(r) && !continuous.Contains(oc2.Child[r] ?? ""))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
