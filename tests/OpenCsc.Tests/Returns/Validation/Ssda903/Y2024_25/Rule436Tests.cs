using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule436Tests
{
    [Fact]
    public void BothChanged_MustChangeTheStatusAndThePlacement()
    {
        // Row 1 (B): both changed: fine. Row 2 (U): placement kept: flagged. Row 4 (B): status kept: flagged.
        string[] flagged = RuleHarness.Run(new Rule436(), """
            Episodes
            CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
            1,01/05/2026,S,C2,U1,AB1 2CD,,PR1
            1,01/06/2026,B,C1,U2,AB1 2CD,,PR1
            1,01/07/2026,U,C2,U2,AB1 2CD,,PR1
            2,01/05/2026,S,C2,U1,AB1 2CD,,PR1
            2,01/06/2026,B,C2,U1,AB1 2CD,,PR2
            """);

        Assert.Equal(["Episodes:2", "Episodes:4"], flagged);
    }
}
