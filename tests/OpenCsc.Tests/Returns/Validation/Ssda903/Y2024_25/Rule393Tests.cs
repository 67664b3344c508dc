using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule393Tests
{
    [Fact]
    public void LookedAfterGirlWithoutMotherStatus_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule393(), """
            Header
            CHILD,SEX,MOTHER
            1,F,
            2,F,0
            3,M,
            4,F,

            Episodes
            CHILD,LS
            1,C2
            2,C2
            3,C2
            4,v4
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
