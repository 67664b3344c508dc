using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW13STG1Tests
{
    [Fact]
    public void SWEpisodesSwReason_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new RuleSW13STG1(), """
            SWEpisodes
            CHILD,SW_REASON
            1,MANAGE
            2,OTHERS
            3,X9
            4,manage
            5,
            """);

        Assert.Equal(["SWEpisodes:2", "SWEpisodes:3"], flagged);
    }
}
