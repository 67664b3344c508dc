using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule553Tests
{
    [Fact]
    public void PlacementOrderWithoutDecision_OrOpenWithTheDecisionReversed_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule553(), """
            Episodes
            CHILD,LS,DEC
            1,E1,
            2,E1,
            3,C2,

            PlacedAdoption
            CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED
            2,01/05/2026,RD1
            3,,
            """);

        Assert.Equal(["Episodes:0", "PlacedAdoption:0"], flagged);
    }
}
