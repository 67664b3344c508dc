using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule145Tests
{
    [Fact]
    public void EpisodesCin_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule145(), """
            Episodes
            CHILD,CIN
            1,N1
            2,N8
            3,X9
            4,n1
            5,
            """);

        Assert.Equal(["Episodes:2", "Episodes:3"], flagged);
    }
}
