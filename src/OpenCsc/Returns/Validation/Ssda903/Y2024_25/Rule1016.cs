namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1016() : Ssda903Rule("1016", "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.", "IN_TOUCH;ACTIV;ACCOM", "Episodes;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A care leaver 17 at the end of the year with an episode ending on or after the 17th birthday, or 18 with one
        // ending on or after the 18th: the care leaver items (any of IN_TOUCH, ACTIV, ACCOM) are not yet due. DOB from OC3.
        ReturnTable oc3 = data.Oc3;
        ReturnTable episodes = data.Episodes;
        ReturnColumn dob = oc3["DOB"];
        ReturnColumn[] items = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        ReturnColumn end = episodes["DEC"];
        var lastEnd = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.Date(r) is { } to)
            {
                string child = episodes.Child[r] ?? "";
                lastEnd[child] = lastEnd.TryGetValue(child, out DateOnly known) && known > to ? known : to;
            }
        }

        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (dob.Date(r) is not { } birth || !items.Any(c => !c.IsBlank(r)) || !lastEnd.TryGetValue(oc3.Child[r] ?? "", out DateOnly ended))
            {
                continue;
            }

            int age = ReturnValues.AgeOn(birth, data.CollectionEnd);
            if (age is 17 or 18 && ended >= birth.AddYears(age))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
