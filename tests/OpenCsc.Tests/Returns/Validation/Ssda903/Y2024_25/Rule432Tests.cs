using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule432Tests
{
    [Fact]
    public void AfterCareEnded_NextEpisodeNotS_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule432(), """
            Episodes
            CHILD,DECOM,REC,RNE
            1,01/04/2026,E11,S
            1,01/05/2026,,P
            2,01/04/2026,X1,S
            2,01/05/2026,,P
            3,01/04/2026,E13,S
            3,01/06/2026,,S
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
