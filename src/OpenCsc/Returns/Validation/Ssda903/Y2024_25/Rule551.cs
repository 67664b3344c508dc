namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule551() : Ssda903Rule("551", "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.", "DATE_PLACED;PLACE", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn decided = placed["DATE_PLACED"];
        var withDecision = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < placed.RowCount; r++)
        {
            if (!decided.IsBlank(r) && placed.Child[r] is { } child)
            {
                withDecision.Add(child);
            }
        }

        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (place[r] is "A3" or "A4" or "A5" or "A6" && !withDecision.Contains(episodes.Child[r] ?? ""))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
