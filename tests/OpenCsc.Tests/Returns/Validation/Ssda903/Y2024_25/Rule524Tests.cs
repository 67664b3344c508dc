using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule524Tests
{
    [Fact]
    public void SameSexMarriedCouple_NotMMOrFF_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule524(), """
            AD1
            CHILD,LS_ADOPTR,SEX_ADOPTR
            1,L12,MM
            2,L12,MF
            3,L11,MF
            """);

        Assert.Equal(["AD1:1"], flagged);
    }
}
