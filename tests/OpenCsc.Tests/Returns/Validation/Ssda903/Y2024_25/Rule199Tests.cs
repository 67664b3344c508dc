using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule199Tests
{
    [Fact]
    public void EpisodeAfterAnAdoption_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule199(), """
            Episodes
            CHILD,DECOM,REC
            1,01/05/2026,E11
            1,01/06/2026,
            2,01/05/2026,X1
            2,01/06/2026,E12
            3,01/06/2026,

            Episodes_last
            CHILD,DECOM,REC
            3,01/05/2025,E12
            """);

        Assert.Equal(["Episodes:1", "Episodes:4"], flagged);
    }
}
