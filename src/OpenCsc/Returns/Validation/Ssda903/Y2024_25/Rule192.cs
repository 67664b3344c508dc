namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule192() : Ssda903Rule("192", "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.", "SUBSTANCE_MISUSE;INTERVENTION_RECEIVED", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn misuse = oc2["SUBSTANCE_MISUSE"];
        ReturnColumn received = oc2["INTERVENTION_RECEIVED"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (misuse[r] == "1" && received.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
