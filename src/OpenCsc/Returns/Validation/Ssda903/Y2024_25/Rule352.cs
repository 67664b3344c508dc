namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule352() : Ssda903Rule("352", "Child who started to be looked after was aged 18 or over.", "DECOM;RNE", "Header;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] == "S" && start.Date(r) is { } from && data.BirthDate(child[r]) is { } birth && from >= birth.AddYears(18))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
