using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule186Tests
{
    [Fact]
    public void Aged4To16LookedAfter12Months_WithoutScoreOrReason_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule186(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/01/2025,,S,,C2
            3,01/01/2025,,S,,C2

            OC2
            CHILD,DOB,SDQ_SCORE,SDQ_REASON
            1,01/04/2022,,
            2,02/04/2022,,
            3,01/04/2015,10,
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
