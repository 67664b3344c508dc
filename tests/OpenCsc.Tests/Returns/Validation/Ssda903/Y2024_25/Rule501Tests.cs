using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule501Tests
{
    [Fact]
    public void EpisodeStartingBeforeThePreviousEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule501(), """
            Episodes
            CHILD,DECOM,DEC
            1,01/04/2026,02/05/2026
            1,01/05/2026,
            2,01/04/2026,01/05/2026
            2,01/05/2026,
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
