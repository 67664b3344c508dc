using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule518Tests
{
    [Fact]
    public void L4_NotSameSex_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule518(), """
            AD1
            CHILD,LS_ADOPTR,SEX_ADOPTR
            1,L4,MM
            2,L4,FF
            3,L4,MF
            4,L3,MF
            """);

        Assert.Equal(["AD1:2"], flagged);
    }
}
