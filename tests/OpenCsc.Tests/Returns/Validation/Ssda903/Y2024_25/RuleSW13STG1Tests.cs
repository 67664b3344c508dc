using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW13STG1Tests
{
    [Fact]
    public void Reason_InvalidOrBlankForAnEpisodeFromApril2023_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleSW13STG1(), """
            SWEpisodes
            CHILD,SW_REASON,SW_DECOM
            1,MANAGE,01/01/2020
            2,LAZY,01/01/2020
            3,,31/03/2023
            4,,01/04/2023
            5,OTHERS,01/05/2026
            """);

        Assert.Equal(["SWEpisodes:1", "SWEpisodes:3"], flagged);
    }
}
