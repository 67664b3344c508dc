using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW06STG2Tests
{
    [Fact]
    public void StartAfterTheYearEnds_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW06STG2(), """
            SWEpisodes
            CHILD,SW_DECOM
            1,31/03/2027
            2,01/04/2027
            """);

        Assert.Equal(["SWEpisodes:1"], flagged);
    }
}
