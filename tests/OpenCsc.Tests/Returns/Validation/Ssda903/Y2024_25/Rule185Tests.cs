using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule185Tests
{
    [Fact]
    public void ScoreForAChildNotLookedAfterFor12Months_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule185(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/05/2026,,S,,C2

            OC2
            CHILD,SDQ_SCORE
            1,10
            2,10
            2,
            """);

        Assert.Equal(["OC2:1"], flagged);
    }
}
