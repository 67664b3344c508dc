using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

public sealed class RuleSW17STG2Tests
{
    [Fact]
    public void LatestSocialWorkerEpisodeEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW17STG2(), """
            SWEpisodes
            CHILD,SW_DECOM,SW_DEC
            1,01/04/2026,01/05/2026
            1,01/05/2026,
            2,01/04/2026,01/05/2026
            """);

        Assert.Equal(["SWEpisodes:2"], flagged);
    }
}
