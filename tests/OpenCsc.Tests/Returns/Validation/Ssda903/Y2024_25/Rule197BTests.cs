using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule197BTests
{
    [Fact]
    public void Turning4Or17InTheYear_WithoutScoreOrReason_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule197B(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/01/2025,,S,,C2
            3,01/01/2025,,S,,C2
            4,01/01/2025,,S,,C2

            OC2
            CHILD,DOB,SDQ_SCORE,SDQ_REASON
            1,31/03/2023,,
            2,01/04/2009,,
            3,01/04/2015,,
            4,31/03/2009,,
            """);

        Assert.Equal(["OC2:0", "OC2:1"], flagged);
    }
}
