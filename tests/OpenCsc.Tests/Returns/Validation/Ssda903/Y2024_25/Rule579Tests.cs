using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule579Tests
{
    [Fact]
    public void DecisionWhileThePreviousIsOpen_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule579(), """
            PlacedAdoption
            CHILD,DATE_PLACED,DATE_PLACED_CEASED
            1,01/05/2025,01/06/2025
            1,01/06/2025,
            2,01/05/2025,
            2,01/06/2025,
            """);

        Assert.Equal(["PlacedAdoption:3"], flagged);
    }
}
