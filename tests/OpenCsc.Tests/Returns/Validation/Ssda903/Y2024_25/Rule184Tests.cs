using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule184Tests
{
    [Fact]
    public void DecisionBeforeBirth_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule184(), """
            Header
            CHILD,DOB
            1,01/05/2020
            2,01/05/2020

            PlacedAdoption
            CHILD,DATE_PLACED
            1,30/04/2020
            2,01/05/2020
            """);

        Assert.Equal(["PlacedAdoption:0"], flagged);
    }
}
