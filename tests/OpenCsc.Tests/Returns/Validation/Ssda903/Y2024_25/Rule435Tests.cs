using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule435Tests
{
    [Fact]
    public void PlacementChangeOnly_MustChangeThePlacementAndKeepTheStatus()
    {
        // Ordered by DECOM, not file order: row 2 follows row 0. Row 2 (P): postcode changed, status kept: fine.
        // Row 1 (T): nothing changed: flagged. Row 4 (P): status changed: flagged.
        string[] flagged = RuleHarness.Run(new Rule435(), """
            Episodes
            CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
            1,01/05/2026,S,C2,U1,AB1 2CD,,PR1
            1,01/07/2026,T,C2,U1,EF3 4GH,,PR1
            1,01/06/2026,P,C2,U1,EF3 4GH,,PR1
            2,01/05/2026,S,C2,U1,AB1 2CD,,PR1
            2,01/06/2026,P,C1,U2,AB1 2CD,,PR1
            """);

        Assert.Equal(["Episodes:1", "Episodes:4"], flagged);
    }
}
