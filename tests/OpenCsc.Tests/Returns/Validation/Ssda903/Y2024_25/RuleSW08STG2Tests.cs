using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW08STG2Tests
{
    [Fact]
    public void EarlierEpisodeNotEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW08STG2(), """
            SWEpisodes
            CHILD,SW_DECOM,SW_DEC
            1,01/04/2026,
            1,01/05/2026,
            2,01/04/2026,01/05/2026
            2,01/05/2026,
            """);

        Assert.Equal(["SWEpisodes:0"], flagged);
    }
}
