namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule357() : Ssda903Rule("357", "If this is the first episode ever for this child, reason for new episode must be S. Check whether there is an episode immediately preceding this one, which has been left out. If not the reason for new episode code must be amended to S.", "RNE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child's first episode in the return, when it starts in the year, must start a period of care (S).
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["RNE"];
        foreach (int[] rows in episodes.RowsByChildOrderedBy("DECOM").Values)
        {
            int first = rows[0];
            if (start.Date(first) >= data.CollectionStart && reason[first] != "S")
            {
                failures.Add(episodes, first);
            }
        }
    }
}
