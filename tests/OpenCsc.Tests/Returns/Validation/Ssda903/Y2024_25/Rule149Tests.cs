using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule149Tests
{
    [Fact]
    public void EpisodesRec_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule149(), """
            Episodes
            CHILD,REC
            1,E4A
            2,E8
            3,X9
            4,e4a
            5,
            """);

        Assert.Equal(["Episodes:2", "Episodes:3"], flagged);
    }
}
