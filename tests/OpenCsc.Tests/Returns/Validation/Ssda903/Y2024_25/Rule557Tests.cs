using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule557Tests
{
    [Fact]
    public void LeftCareNotAdopted_NeedsEveryDecisionToPlaceCeased()
    {
        // 1: placed for adoption, left E4a, decision with no reason ceased: both flagged. 2: E1, left, decision complete.
        // 3: adopted (E11). 4: A5, left, no decision at all: the episode. 5: X1 is no leaving.
        string[] flagged = RuleHarness.Run(new Rule557(), """
            Episodes
            CHILD,PLACE,LS,REC
            1,A3,C2,E4A
            2,U1,E1,E4A
            3,A4,E1,E11
            4,A5,C2,E13
            5,A6,E1,X1

            PlacedAdoption
            CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED
            1,01/06/2026,
            2,01/06/2026,RD1
            3,,
            5,,
            """);

        Assert.Equal(["Episodes:0", "Episodes:3", "PlacedAdoption:0"], flagged);
    }
}
