using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleNoETests
{
    [Fact]
    public void EpisodeFromBeforeTheYear_ChildNotInLastYearsEpisodes_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleNoE(), """
            Episodes
            CHILD,DECOM
            1,01/03/2026
            2,01/03/2026
            2,01/05/2026
            3,01/05/2026

            Episodes_last
            CHILD,DECOM
            1,01/01/2026
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
