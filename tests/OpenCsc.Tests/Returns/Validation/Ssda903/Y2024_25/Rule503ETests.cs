using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503ETests
{
    [Fact]
    public void ProviderDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503E(), """
            Episodes
            CHILD,DECOM,PLACE_PROVIDER
            1,01/03/2026,PR1
            2,01/03/2026,PR1

            Episodes_last
            CHILD,DECOM,DEC,PLACE_PROVIDER
            1,01/03/2026,,PR1
            2,01/03/2026,,PR2
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
