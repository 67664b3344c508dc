namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule181() : Ssda903Rule("181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.", "CONVICTED;HEALTH_CHECK;IMMUNISATIONS;TEETH_CHECK;HEALTH_ASSESSMENT;SUBSTANCE_MISUSE;INTERVENTION_RECEIVED;INTERVENTION_OFFERED", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] columns = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];
        ReturnTable oc2 = data.Oc2;
        ReturnColumn[] values = [.. columns.Select(c => oc2[c])];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (values.Any(v => v[r] is { } value && value is not ("0" or "1")))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
