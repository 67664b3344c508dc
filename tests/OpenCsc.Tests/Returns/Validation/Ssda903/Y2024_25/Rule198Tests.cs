using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule198Tests
{
    [Fact]
    public void ReasonForAChildNotLookedAfterFor12Months_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule198(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/01/2025,01/06/2026,S,E11,C2

            OC2
            CHILD,SDQ_REASON
            1,SDQ1
            2,SDQ1
            """);

        Assert.Equal(["OC2:1"], flagged);
    }
}
