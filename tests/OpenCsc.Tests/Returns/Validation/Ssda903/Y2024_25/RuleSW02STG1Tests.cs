using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW02STG1Tests
{
    [Fact]
    public void IdNotStartingSwOrXx_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW02STG1(), """
            SWEpisodes
            CHILD,SW_ID
            1,SW123
            2,XX
            3,sw123
            4,AB123
            5,
            """);

        Assert.Equal(["SWEpisodes:2", "SWEpisodes:3", "SWEpisodes:4"], flagged);
    }
}
