namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule190() : Ssda903Rule("190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.", "CONVICTED;HEALTH_CHECK;IMMUNISATIONS;TEETH_CHECK;HEALTH_ASSESSMENT;SUBSTANCE_MISUSE;INTERVENTION_RECEIVED;INTERVENTION_OFFERED", "OC2;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] items = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn[] columns = [.. items.Select(c => oc2[c])];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (!continuous.Contains(oc2.Child[r] ?? "") && columns.Any(c => !c.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
