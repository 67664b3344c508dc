using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule520Tests
{
    [Fact]
    public void DifferentSexMarriedCouple_NotMF_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule520(), """
            AD1
            CHILD,LS_ADOPTR,SEX_ADOPTR
            1,L11,MF
            2,L11,FF
            3,L12,FF
            """);

        Assert.Equal(["AD1:1"], flagged);
    }
}
