namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule214() : Ssda903Rule("214", "Placement location information not required.", "PL_POST;URN", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn legalStatus = episodes["LS"];
        ReturnColumn postcode = episodes["PL_POST"];
        ReturnColumn urn = episodes["URN"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (legalStatus[r] is "V3" or "V4" && (!postcode.IsBlank(r) || !urn.IsBlank(r)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
