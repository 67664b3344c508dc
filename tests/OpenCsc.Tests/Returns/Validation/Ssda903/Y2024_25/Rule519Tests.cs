using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule519Tests
{
    [Fact]
    public void CivilPartnership_NotACouple_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule519(), """
            AD1
            CHILD,LS_ADOPTR,SEX_ADOPTR
            1,L2,MM
            2,L2,M1
            3,L2,
            4,L0,M1
            """);

        Assert.Equal(["AD1:1", "AD1:2"], flagged);
    }
}
