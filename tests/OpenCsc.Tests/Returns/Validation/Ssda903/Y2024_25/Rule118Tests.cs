using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule118Tests
{
    [Fact]
    public void DecisionReversedBeforeTheYearOrBeforeCareStarted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule118(), """
            Episodes
            CHILD,DECOM,LS
            1,01/05/2026,C2
            2,01/01/2026,C2
            3,01/05/2026,C2

            PlacedAdoption
            CHILD,DATE_PLACED_CEASED
            1,30/04/2026
            2,31/03/2026
            3,01/05/2026
            """);

        Assert.Equal(["Episodes:0", "Episodes:1", "PlacedAdoption:0", "PlacedAdoption:1"], flagged);
    }
}
