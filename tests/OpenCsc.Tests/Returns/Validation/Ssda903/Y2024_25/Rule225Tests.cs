using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule225Tests
{
    [Fact]
    public void PlacementChangeWithoutAReason_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule225(), """
            Episodes
            CHILD,DECOM,PLACE,REC,REASON_PLACE_CHANGE,RNE
            1,01/04/2026,U1,X1,,S
            1,01/05/2026,U2,,,P
            2,01/04/2026,U1,X1,CARPL,S
            2,01/05/2026,U2,,,P
            3,01/04/2026,U1,X1,,S
            3,01/05/2026,T1,,,P
            4,01/04/2026,U1,X1,,S
            4,01/05/2026,U1,,,L
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
