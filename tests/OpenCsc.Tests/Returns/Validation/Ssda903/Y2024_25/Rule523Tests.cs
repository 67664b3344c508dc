using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule523Tests
{
    [Fact]
    public void DecisionDatesDiffer_FlagsBoth()
    {
        string[] flagged = RuleHarness.Run(new Rule523(), """
            PlacedAdoption
            CHILD,DATE_PLACED
            1,01/05/2026
            2,01/05/2026

            AD1
            CHILD,DATE_INT
            1,02/05/2026
            2,01/05/2026
            """);

        Assert.Equal(["AD1:0", "PlacedAdoption:0"], flagged);
    }
}
