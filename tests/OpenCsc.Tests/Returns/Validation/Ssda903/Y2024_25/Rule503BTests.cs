using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503BTests
{
    [Fact]
    public void LegalStatusDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503B(), """
            Episodes
            CHILD,DECOM,LS
            1,01/03/2026,C2
            2,01/03/2026,C2

            Episodes_last
            CHILD,DECOM,DEC,LS
            1,01/03/2026,,C2
            2,01/01/2026,01/03/2026,C2
            2,01/03/2026,,C1
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
