using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule157Tests
{
    [Fact]
    public void SchoolAgeChild_WithReasonSdq1_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule157(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/01/2025,,S,,C2

            OC2
            CHILD,DOB,SDQ_SCORE,SDQ_REASON
            1,01/04/2015,,SDQ1
            2,01/04/2015,,SDQ2
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
