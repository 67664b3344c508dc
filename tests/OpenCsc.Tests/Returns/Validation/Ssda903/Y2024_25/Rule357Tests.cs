using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule357Tests
{
    [Fact]
    public void FirstEpisodeInTheYear_NotS_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule357(), """
            Episodes
            CHILD,DECOM,RNE
            1,01/05/2026,P
            1,01/06/2026,P
            2,01/05/2026,S
            3,01/03/2026,P
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
