using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule559Tests
{
    [Fact]
    public void DecisionFromBeforeTheYear_NotInLastYearsReturn_IsFlagged()
    {
        // The year starts 01/04/2026. 1: before, last year blank: flagged. 2: before, last year has it. 3: the first
        // day of the year. 4: before, not in last year's return: flagged.
        string[] flagged = RuleHarness.Run(new Rule559(), """
            PlacedAdoption
            CHILD,DATE_PLACED
            1,31/03/2026
            2,01/02/2026
            3,01/04/2026
            4,01/02/2026

            PlacedAdoption_last
            CHILD,DATE_PLACED
            1,
            2,01/02/2026
            3,
            """);

        Assert.Equal(["PlacedAdoption:0", "PlacedAdoption:3"], flagged);
    }
}
