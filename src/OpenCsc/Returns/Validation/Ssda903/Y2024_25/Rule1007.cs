namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1007() : Ssda903Rule("1007", "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]", "IN_TOUCH;ACTIV;ACCOM", "Episodes;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A care leaver 17 or 18 at the end of the year who was looked after on their latest birthday (an episode starting
        // on or before it and ending after it, or still open): the care leaver items are not due. DOB from OC3.
        ReturnTable oc3 = data.Oc3;
        ReturnTable episodes = data.Episodes;
        ReturnColumn dob = oc3["DOB"];
        ReturnColumn[] items = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        IReadOnlyDictionary<string, List<int>> byChild = episodes.RowsByChild();
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (dob.Date(r) is not { } birth || !items.Any(c => !c.IsBlank(r)) || !byChild.TryGetValue(oc3.Child[r] ?? "", out List<int>? rows))
            {
                continue;
            }

            int age = ReturnValues.AgeOn(birth, data.CollectionEnd);
            DateOnly birthday = birth.AddYears(age);
            if (age is 17 or 18 && rows.Any(e => start.Date(e) <= birthday && (end.Date(e) is not { } to ? end.IsBlank(e) : to > birthday)))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
