namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule544() : Ssda903Rule("544", "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.", "CONVICTED;IMMUNISATIONS;TEETH_CHECK;HEALTH_ASSESSMENT;SUBSTANCE_MISUSE", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn convicted = oc2["CONVICTED"];
        ReturnColumn[] required = [oc2["IMMUNISATIONS"], oc2["TEETH_CHECK"], oc2["HEALTH_ASSESSMENT"], oc2["SUBSTANCE_MISUSE"]];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (convicted[r] == "1" && required.Any(c => c.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
