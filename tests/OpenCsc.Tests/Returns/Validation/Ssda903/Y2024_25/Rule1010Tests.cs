using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1010Tests
{
    [Fact]
    public void CareLeaverOpenLastYear_WithoutEpisodesThisYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule1010(), """
            Episodes
            CHILD,DECOM
            3,01/05/2026

            Episodes_last
            CHILD,DECOM,DEC
            1,01/05/2025,
            2,01/05/2025,01/06/2025
            3,01/05/2025,

            OC3
            CHILD
            1
            2
            3
            """);

        Assert.Equal(["OC3:0"], flagged);
    }
}
