using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule143Tests
{
    [Fact]
    public void EpisodesRne_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule143(), """
            Episodes
            CHILD,RNE
            1,S
            2,U
            3,X9
            4,s
            5,
            """);

        Assert.Equal(["Episodes:2", "Episodes:3"], flagged);
    }
}
