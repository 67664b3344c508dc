using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503ATests
{
    [Fact]
    public void RneDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503A(), """
            Episodes
            CHILD,DECOM,RNE
            1,01/03/2026,S
            2,01/03/2026,S
            3,01/03/2026,S

            Episodes_last
            CHILD,DECOM,DEC,RNE
            1,01/03/2026,,S
            2,01/03/2026,,P
            3,01/03/2026,31/03/2026,P
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
