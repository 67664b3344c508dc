using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule517Tests
{
    [Fact]
    public void L3_NotMF_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule517(), """
            AD1
            CHILD,LS_ADOPTR,SEX_ADOPTR
            1,L3,MF
            2,L3,MM
            3,L4,MM
            """);

        Assert.Equal(["AD1:1"], flagged);
    }
}
