namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule552() : Ssda903Rule("552", "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.", "DATE_PLACED;DECOM", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The latest decision against the first placement for adoption.
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn start = episodes["DECOM"];
        IReadOnlyDictionary<string, int> lastDecision = placed.LastRowByChildOrderedBy("DATE_PLACED");
        ReturnColumn decided = placed["DATE_PLACED"];
        var firstAdoption = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (place[r] is "A3" or "A4" or "A5" or "A6" && start.Date(r) is { } from && episodes.Child[r] is { } child
                && (!firstAdoption.TryGetValue(child, out int best) || from < start.Date(best)))
            {
                firstAdoption[child] = r;
            }
        }

        foreach ((string child, int episode) in firstAdoption)
        {
            if (lastDecision.TryGetValue(child, out int decision) && start.Date(episode) < decided.Date(decision))
            {
                failures.Add(episodes, episode);
                failures.Add(placed, decision);
            }
        }
    }
}
