using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule543Tests
{
    [Fact]
    public void Aged10OrOverLookedAfter12Months_WithoutConviction_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule543(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/01/2025,,S,,C2

            OC2
            CHILD,DOB,CONVICTED
            1,30/03/2017,
            2,31/03/2017,
            1,30/03/2017,0
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
