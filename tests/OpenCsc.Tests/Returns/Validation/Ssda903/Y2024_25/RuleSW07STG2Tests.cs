using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW07STG2Tests
{
    [Fact]
    public void EndOutsideTheReportingPeriod_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW07STG2(), """
            SWEpisodes
            CHILD,SW_DEC
            1,31/03/2025
            2,01/04/2025
            3,31/03/2027
            4,01/04/2027
            """);

        Assert.Equal(["SWEpisodes:0", "SWEpisodes:3"], flagged);
    }
}
