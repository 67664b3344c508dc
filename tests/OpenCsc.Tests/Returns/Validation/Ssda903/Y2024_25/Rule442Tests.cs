using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule442Tests
{
    [Fact]
    public void LookedAfterWithoutUpn_IsFlagged_RespiteOnlyIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule442(), """
            Header
            CHILD,UPN
            1,
            2,
            3,A123456789012

            Episodes
            CHILD,LS
            1,C2
            2,V3
            3,C2
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
