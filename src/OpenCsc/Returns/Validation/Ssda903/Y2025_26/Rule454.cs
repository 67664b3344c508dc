namespace OpenCsc.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule454() : Ssda903Rule("454", "Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]", "PL_DISTANCE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // 999.9 is the DfE's value for a distance that cannot be worked out.
        ReturnTable episodes = data.Episodes;
        ReturnColumn distance = episodes["PL_DISTANCE"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (ReturnValues.ParseDecimal(distance[r]) is { } miles && miles > 350m && miles != 999.9m)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
