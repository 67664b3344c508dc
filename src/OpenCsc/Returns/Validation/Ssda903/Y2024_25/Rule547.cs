namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule547() : Ssda903Rule("547", "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.", "HEALTH_CHECK;IMMUNISATIONS;TEETH_CHECK;HEALTH_ASSESSMENT;SUBSTANCE_MISUSE", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn check = oc2["HEALTH_CHECK"];
        ReturnColumn[] required = [oc2["IMMUNISATIONS"], oc2["TEETH_CHECK"], oc2["HEALTH_ASSESSMENT"], oc2["SUBSTANCE_MISUSE"]];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (check[r] == "1" && required.Any(c => c.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
