using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1003Tests
{
    [Fact]
    public void DecisionBeforeCareStarted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule1003(), """
            Episodes
            CHILD,DECOM,RNE
            1,01/05/2026,S
            2,01/05/2026,S

            PlacedAdoption
            CHILD,DATE_PLACED
            1,30/04/2026
            2,01/05/2026
            """);

        Assert.Equal(["Episodes:0", "PlacedAdoption:0"], flagged);
    }
}
