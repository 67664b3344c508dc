using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule437Tests
{
    [Fact]
    public void DiedOrAged18_WithALaterEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule437(), """
            Episodes
            CHILD,DECOM,REC
            1,01/04/2026,E2
            1,01/05/2026,
            2,01/04/2026,E15
            3,01/04/2026,E11
            3,01/05/2026,
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
