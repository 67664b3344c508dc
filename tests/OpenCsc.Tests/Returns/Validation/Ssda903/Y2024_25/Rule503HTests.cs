using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503HTests
{
    [Fact]
    public void PlacementLaDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503H(), """
            Episodes
            CHILD,DECOM,PL_LA
            1,01/03/2026,E09000003
            2,01/03/2026,E09000003

            Episodes_last
            CHILD,DECOM,DEC,PL_LA
            1,01/03/2026,,E09000003
            2,01/03/2026,,E09000004
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
