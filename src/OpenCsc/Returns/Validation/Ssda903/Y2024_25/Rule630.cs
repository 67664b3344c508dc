namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule630() : Ssda903Rule("630", "Information on previous permanence option should be returned.", "RNE", "Episodes;PrevPerm")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child starting a period of care in the year needs a previous permanence row: Z1, or an option with LA and date.
        ReturnTable episodes = data.Episodes;
        ReturnTable prevPerm = data.PrevPerm;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn option = prevPerm["PREV_PERM"];
        ReturnColumn la = prevPerm["LA_PERM"];
        ReturnColumn date = prevPerm["DATE_PERM"];
        IReadOnlyDictionary<string, List<int>> byChild = prevPerm.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] != "S" || !(start.Date(r) >= data.CollectionStart))
            {
                continue;
            }

            bool wrong = !byChild.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows)
                || rows.Any(p => option.IsBlank(p) || (option[p] != "Z1" && (la.IsBlank(p) || date.IsBlank(p))));
            if (wrong)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
