using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule554Tests
{
    [Fact]
    public void DecisionToPlace_AfterTheFirstPlacementOrder_FlagsTheOrderAndTheDecision()
    {
        // Child 1: first E1 on 01/05/2026, decided 02/05: flagged. Child 2: decided the day of the order: fine.
        // Child 3: the later E1 (01/08) is not the first; decided 01/07 is after the first (01/06): flagged.
        string[] flagged = RuleHarness.Run(new Rule554(), """
            Episodes
            CHILD,DECOM,LS
            1,01/05/2026,E1
            2,01/05/2026,E1
            3,01/08/2026,E1
            3,01/06/2026,E1
            4,01/05/2026,C2

            PlacedAdoption
            CHILD,DATE_PLACED
            1,02/05/2026
            2,01/05/2026
            3,01/07/2026
            4,01/07/2026
            """);

        Assert.Equal(["Episodes:0", "Episodes:3", "PlacedAdoption:0", "PlacedAdoption:2"], flagged);
    }
}
