using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule563Tests
{
    [Fact]
    public void ReversedWithoutTheDecisionDate_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule563(), """
            PlacedAdoption
            CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
            1,,01/05/2026,RD1
            2,01/04/2026,01/05/2026,RD1
            3,,,
            """);

        Assert.Equal(["PlacedAdoption:0"], flagged);
    }
}
