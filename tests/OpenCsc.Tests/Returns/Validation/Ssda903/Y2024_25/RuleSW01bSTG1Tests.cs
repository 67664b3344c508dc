using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW01bSTG1Tests
{
    [Fact]
    public void FromApril2023_WithoutIdOrReason_OrWithoutAStart_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW01bSTG1(), """
            SWEpisodes
            CHILD,SW_ID,SW_REASON,SW_DECOM
            1,SW1,,01/04/2023
            2,,MANAGE,01/04/2023
            3,SW1,MANAGE,01/04/2023
            4,,,31/03/2023
            5,SW1,MANAGE,
            """);

        Assert.Equal(["SWEpisodes:0", "SWEpisodes:1", "SWEpisodes:4"], flagged);
    }
}
