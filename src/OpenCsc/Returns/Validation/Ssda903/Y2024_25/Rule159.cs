namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule159() : Ssda903Rule("159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.", "SUBSTANCE_MISUSE;INTERVENTION_RECEIVED;INTERVENTION_OFFERED", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn misuse = oc2["SUBSTANCE_MISUSE"];
        ReturnColumn received = oc2["INTERVENTION_RECEIVED"];
        ReturnColumn offered = oc2["INTERVENTION_OFFERED"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (misuse[r] == "1" && received[r] == "0" && offered.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
