namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule215() : Ssda903Rule("215", "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.", "IN_TOUCH;ACTIV;ACCOM;CONVICTED;HEALTH_CHECK;IMMUNISATIONS;TEETH_CHECK;HEALTH_ASSESSMENT;SUBSTANCE_MISUSE;INTERVENTION_RECEIVED;INTERVENTION_OFFERED", "OC2;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] items = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];
        ReturnTable oc3 = data.Oc3;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn[] careLeaver = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        ReturnColumn[] twelveMonths = [.. items.Select(c => oc2[c])];
        IReadOnlyDictionary<string, List<int>> oc2Rows = oc2.RowsByChild();
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (!careLeaver.Any(c => !c.IsBlank(r)) || !oc2Rows.TryGetValue(oc3.Child[r] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int o in rows)
            {
                if (twelveMonths.Any(c => !c.IsBlank(o)))
                {
                    failures.Add(oc3, r);
                    failures.Add(oc2, o);
                }
            }
        }
    }
}
