using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule511Tests
{
    [Fact]
    public void TwoAdopters_CodedAsOne_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule511(), """
            AD1
            CHILD,NB_ADOPTR,SEX_ADOPTR
            1,2,M1
            2,2,MF
            3,1,F1
            4,2,F1
            5,2,
            """);

        Assert.Equal(["AD1:0", "AD1:3"], flagged);
    }
}
