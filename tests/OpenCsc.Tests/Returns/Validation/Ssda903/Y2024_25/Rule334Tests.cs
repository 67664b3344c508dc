using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule334Tests
{
    [Fact]
    public void DecisionBeforeTheLatestPeriodOfCareStarted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule334(), """
            Episodes
            CHILD,DECOM,RNE
            1,01/01/2020,S
            1,01/05/2026,S
            2,01/05/2026,S

            AD1
            CHILD,DATE_INT
            1,30/04/2026
            2,01/05/2026
            """);

        Assert.Equal(["AD1:0", "Episodes:1"], flagged);
    }
}
