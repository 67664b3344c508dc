namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW05STG1() : Ssda903Rule("SW05STG1", "Date social worker episode began is not a valid date.", "SW_DEC", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A date may be masked with ZZ for an unknown day or month and ZZZZ for an unknown year.
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn date = episodes["SW_DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (date[r] is { } value && !ReturnValues.IsMaskedDate(value))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
