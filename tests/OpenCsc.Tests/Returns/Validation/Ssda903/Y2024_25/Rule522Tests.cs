using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule522Tests
{
    [Fact]
    public void DecisionReversedBeforeItWasMade_IsFlagged_SameDayIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule522(), """
            PlacedAdoption
            CHILD,DATE_PLACED,DATE_PLACED_CEASED
            1,01/05/2026,30/04/2026
            2,01/05/2026,01/05/2026
            3,01/05/2026,
            4,,01/05/2026
            """);

        Assert.Equal(["PlacedAdoption:0"], flagged);
    }
}
