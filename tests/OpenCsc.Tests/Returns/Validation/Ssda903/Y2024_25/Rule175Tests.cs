using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule175Tests
{
    [Fact]
    public void AD1NbAdoptr_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule175(), """
            AD1
            CHILD,NB_ADOPTR
            1,1
            2,2
            3,X9
            4,zz
            5,
            """);

        Assert.Equal(["AD1:2", "AD1:3"], flagged);
    }
}
