using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule146Tests
{
    [Fact]
    public void EpisodesPlace_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule146(), """
            Episodes
            CHILD,PLACE
            1,A3
            2,Z14
            3,X9
            4,a3
            5,
            """);

        Assert.Equal(["Episodes:2", "Episodes:3"], flagged);
    }
}
