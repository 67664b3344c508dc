using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule434Tests
{
    [Fact]
    public void LegalStatusChangeOnly_MustChangeTheStatusAndKeepThePlacement()
    {
        // Rows in file order; the previous episode is by DECOM. Row 1 (L): status changes, placement kept: fine.
        // Row 2 (L): status kept: flagged. Row 4 (L): the URN changed: flagged. Row 5 is the child's first episode.
        string[] flagged = RuleHarness.Run(new Rule434(), """
            Episodes
            CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
            1,01/05/2026,S,C1,U1,AB1 2CD,,PR1
            1,01/06/2026,L,C2,U1,AB1 2CD,,PR1
            1,01/07/2026,L,C2,U1,AB1 2CD,,PR1
            2,01/05/2026,S,C1,U1,AB1 2CD,SC1,PR1
            2,01/06/2026,L,C2,U1,AB1 2CD,SC2,PR1
            3,01/05/2026,L,C1,U1,AB1 2CD,,PR1
            """);

        Assert.Equal(["Episodes:2", "Episodes:4"], flagged);
    }
}
