namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule193() : Ssda903Rule("193", "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.", "SUBSTANCE_MISUSE;INTERVENTION_RECEIVED;INTERVENTION_OFFERED", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn misuse = oc2["SUBSTANCE_MISUSE"];
        ReturnColumn received = oc2["INTERVENTION_RECEIVED"];
        ReturnColumn offered = oc2["INTERVENTION_OFFERED"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (misuse[r] is null or "0" && (!received.IsBlank(r) || !offered.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
