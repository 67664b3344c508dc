using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW05STG1Tests
{
    [Fact]
    public void SWEpisodesSwDec_NotADate_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new RuleSW05STG1(), """
            SWEpisodes
            CHILD,SW_DEC
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["SWEpisodes:2", "SWEpisodes:3"], flagged);
    }
}
