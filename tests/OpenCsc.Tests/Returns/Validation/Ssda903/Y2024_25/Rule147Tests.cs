using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule147Tests
{
    [Fact]
    public void EpisodesDec_NotADate_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule147(), """
            Episodes
            CHILD,DEC
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["Episodes:2", "Episodes:3"], flagged);
    }
}
