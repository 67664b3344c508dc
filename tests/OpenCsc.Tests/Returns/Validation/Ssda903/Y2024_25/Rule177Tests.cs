using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule177Tests
{
    [Fact]
    public void AD1LsAdoptr_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule177(), """
            AD1
            CHILD,LS_ADOPTR
            1,L0
            2,L4
            3,X9
            4,l0
            5,
            """);

        Assert.Equal(["AD1:2", "AD1:3"], flagged);
    }
}
