namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule164() : Ssda903Rule("164", "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]", "PL_DISTANCE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        IReadOnlySet<string> uasc = data.UascChildren;
        ReturnColumn distance = episodes["PL_DISTANCE"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (distance[r] is { } value && !uasc.Contains(child[r] ?? "") && ReturnValues.ParseDecimal(value) is not (>= 0m and <= 999.9m))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
