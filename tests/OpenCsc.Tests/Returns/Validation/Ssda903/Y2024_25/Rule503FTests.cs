using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503FTests
{
    [Fact]
    public void UrnDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503F(), """
            Episodes
            CHILD,DECOM,URN
            1,01/03/2026,SC1
            2,01/03/2026,SC1

            Episodes_last
            CHILD,DECOM,DEC,URN
            1,01/03/2026,,SC1
            2,01/03/2026,,SC2
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
