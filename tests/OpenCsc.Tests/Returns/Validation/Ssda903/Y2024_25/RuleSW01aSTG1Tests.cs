using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW01aSTG1Tests
{
    [Fact]
    public void BeforeApril2023_WithoutId_OrWithoutAStart_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW01aSTG1(), """
            SWEpisodes
            CHILD,SW_ID,SW_DECOM
            1,,31/03/2023
            2,SW1,31/03/2023
            3,,01/04/2023
            4,SW1,
            """);

        Assert.Equal(["SWEpisodes:0", "SWEpisodes:3"], flagged);
    }
}
