using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503GTests
{
    [Fact]
    public void DistanceDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503G(), """
            Episodes
            CHILD,DECOM,PL_DISTANCE
            1,01/03/2026,1.5
            2,01/03/2026,1.5

            Episodes_last
            CHILD,DECOM,DEC,PL_DISTANCE
            1,01/03/2026,,1.5
            2,01/03/2026,,2.5
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
