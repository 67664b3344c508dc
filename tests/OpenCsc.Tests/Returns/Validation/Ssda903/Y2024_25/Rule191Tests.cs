using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule191Tests
{
    [Fact]
    public void LookedAfter12Months_WithBlankItemsOrNoOc2Row_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule191(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/01/2025,,S,,C2
            3,01/01/2025,,S,,C2

            OC2
            CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
            1,1,1,1,0
            2,1,,1,0
            """);

        Assert.Equal(["Episodes:2", "OC2:1"], flagged);
    }
}
