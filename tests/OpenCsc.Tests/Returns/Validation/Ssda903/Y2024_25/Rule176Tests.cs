using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule176Tests
{
    [Fact]
    public void AD1SexAdoptr_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule176(), """
            AD1
            CHILD,SEX_ADOPTR
            1,MF
            2,FF
            3,X9
            4,mf
            5,
            """);

        Assert.Equal(["AD1:2", "AD1:3"], flagged);
    }
}
