using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule514Tests
{
    [Fact]
    public void SingleAdopter_NotCodedAsOne_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule514(), """
            AD1
            CHILD,LS_ADOPTR,SEX_ADOPTR
            1,L0,M1
            2,L0,MF
            3,L11,MF
            4,L0,
            """);

        Assert.Equal(["AD1:1", "AD1:3"], flagged);
    }
}
