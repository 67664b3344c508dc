namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule557() : Ssda903Rule("557", "'Child for whom the decision was made that they should be placed for adoption has left care ' + 'but was not adopted and information on the decision that they should no longer be placed for ' + 'adoption items has not been completed.'", "DATE_PLACED_CEASED;REASON_PLACED_CEASED;PLACE;LS;REC", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // An episode placed for adoption (A3-A6) or under a placement order (E1) that ended other than by adoption (E11,
        // E12) or a change of episode (X1): the child's decisions to place must each record when and why they ceased.
        // Flagged: the episode, and each decision left incomplete (or the episode alone when there is no decision).
        string[] placedForAdoption = ["A3", "A4", "A5", "A6"];
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        ReturnColumn why = placed["REASON_PLACED_CEASED"];
        IReadOnlyDictionary<string, List<int>> decisions = placed.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            bool forAdoption = (place[r] is { } code && placedForAdoption.Contains(code)) || status[r] == "E1";
            bool leftNotAdopted = reason[r] is { } left && left is not ("E11" or "E12" or "X1");
            if (!forAdoption || !leftNotAdopted)
            {
                continue;
            }

            if (!decisions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows))
            {
                failures.Add(episodes, r);
                continue;
            }

            foreach (int p in rows.Where(p => ceased.IsBlank(p) || why.IsBlank(p)))
            {
                failures.Add(placed, p);
                failures.Add(episodes, r);
            }
        }
    }
}
