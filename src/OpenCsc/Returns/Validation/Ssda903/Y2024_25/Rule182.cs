namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule182() : Ssda903Rule("182", "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.", "IMMUNISATIONS;TEETH_CHECK;HEALTH_ASSESSMENT;SUBSTANCE_MISUSE;CONVICTED;HEALTH_CHECK;INTERVENTION_RECEIVED;INTERVENTION_OFFERED", "OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn[] required = [oc2["IMMUNISATIONS"], oc2["TEETH_CHECK"], oc2["HEALTH_ASSESSMENT"], oc2["SUBSTANCE_MISUSE"]];
        ReturnColumn[] others = [oc2["CONVICTED"], oc2["HEALTH_CHECK"], oc2["INTERVENTION_RECEIVED"], oc2["INTERVENTION_OFFERED"]];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (required.Any(c => c.IsBlank(r)) && others.Any(c => !c.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
