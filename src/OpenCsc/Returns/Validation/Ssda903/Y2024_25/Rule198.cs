namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule198() : Ssda903Rule("198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.", "SDQ_REASON", "Episodes;OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn reason = oc2["SDQ_REASON"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (!reason.IsBlank(r) && !continuous.Contains(oc2.Child[r] ?? ""))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
