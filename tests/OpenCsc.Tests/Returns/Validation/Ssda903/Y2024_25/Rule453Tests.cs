using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule453Tests
{
    [Fact]
    public void DistanceChangedFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule453(), """
            Episodes
            CHILD,DECOM,RNE,PL_DISTANCE
            1,01/03/2026,S,1.1
            2,01/03/2026,S,1.2
            3,01/03/2026,S,1.0

            Episodes_last
            CHILD,DECOM,DEC,RNE,PL_DISTANCE
            1,01/03/2026,,S,1.0
            2,01/03/2026,,S,1.0
            3,01/03/2026,,S,
            """);

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
