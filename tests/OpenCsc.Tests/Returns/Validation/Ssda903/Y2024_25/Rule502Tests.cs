using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule502Tests
{
    [Fact]
    public void FirstEpisodeNotStartingWhenLastYearsOpenEpisodeStarted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule502(), """
            Episodes
            CHILD,DECOM
            1,01/03/2026
            1,01/05/2026
            2,01/04/2026
            3,01/05/2026

            Episodes_last
            CHILD,DECOM,DEC
            1,01/03/2026,
            2,01/03/2026,
            3,01/03/2026,31/03/2026
            """);

        Assert.Equal(["Episodes:2"], flagged);
    }
}
