namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule165() : Ssda903Rule("165", "Data entry for mother status is invalid.", "MOTHER;SEX;ACTIV;ACCOM;IN_TOUCH;DECOM", "Header;Episodes;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // MOTHER, when given, must be 0 or 1 and only for a girl. A girl looked after in the year (an episode other than
        // respite, V3/V4, open or ended in the year) must have it; a girl not looked after in the year whose care leaver
        // items (IN_TOUCH, ACTIV, ACCOM) are given must not. Sex is M/F, or 1/2 as returns before 2024/25 coded it.
        // Flagged: the child's Header row and OC3 rows.
        ReturnTable header = data.Header;
        ReturnTable episodes = data.Episodes;
        ReturnTable oc3 = data.Oc3;
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn sex = header["SEX"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn[] leaver = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        var lookedAfter = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            DateOnly to = end.Date(r) ?? data.CollectionEnd;
            if (status[r] is not ("V3" or "V4") && start.Date(r) <= data.CollectionEnd && to >= data.CollectionStart)
            {
                lookedAfter.Add(episodes.Child[r] ?? "");
            }
        }

        IReadOnlyDictionary<string, List<int>> leaverRows = oc3.RowsByChild();
        for (int r = 0; r < header.RowCount; r++)
        {
            string child = header.Child[r] ?? "";
            bool male = sex[r] is "M" or "1";
            bool female = sex[r] is "F" or "2";
            bool given = mother[r] is not null;
            bool inYear = lookedAfter.Contains(child);
            leaverRows.TryGetValue(child, out List<int>? rows);
            bool careLeaver = rows is not null && rows.Any(o => leaver.Any(c => !c.IsBlank(o)));
            bool wrong = given
                ? mother[r] is not ("0" or "1") || male || (female && !inYear && careLeaver)
                : female && inYear;
            if (wrong)
            {
                failures.Add(header, r);
                failures.AddAll(oc3, rows ?? []);
            }
        }
    }
}
