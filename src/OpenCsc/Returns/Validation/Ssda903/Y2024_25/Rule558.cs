namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule558() : Ssda903Rule("558", "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.", "DATE_PLACED_CEASED;REC", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // An adopted child (an episode ended E11 or E12) needs the decision that led to the adoption still open: flagged
        // when every one of the child's decisions to place has a date it ceased. As the DfE's tool, a single ceased
        // decision is let through (the decision behind the adoption may be in an earlier return), two or more are not.
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn reason = episodes["REC"];
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        IReadOnlyDictionary<string, List<int>> decisions = placed.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is "E11" or "E12" && decisions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows)
                && rows.Count > 1 && rows.All(p => !ceased.IsBlank(p)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
