using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule452Tests
{
    [Fact]
    public void PlacementLaChangedFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule452(), """
            Episodes
            CHILD,DECOM,RNE,PL_LA
            1,01/03/2026,S,E1
            2,01/03/2026,S,E1

            Episodes_last
            CHILD,DECOM,DEC,RNE,PL_LA
            1,01/03/2026,,S,E1
            2,01/03/2026,,S,E2
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
