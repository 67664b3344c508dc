using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule190Tests
{
    [Fact]
    public void NotLookedAfter12Months_WithOc2Items_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule190(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/05/2026,,S,,C2
            3,01/05/2026,,S,,C2

            OC2
            CHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,0,,1,1,1,0,,
            2,,,1,,,,,
            3,,,,,,,,
            """);

        Assert.Equal(["OC2:1"], flagged);
    }
}
