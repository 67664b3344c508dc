using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503JTests
{
    [Fact]
    public void LocationDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503J(), """
            Episodes
            CHILD,DECOM,PL_LOCATION
            1,01/03/2026,IN
            2,01/03/2026,IN

            Episodes_last
            CHILD,DECOM,DEC,PL_LOCATION
            1,01/03/2026,,IN
            2,01/03/2026,,OUT
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
