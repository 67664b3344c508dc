using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule114Tests
{
    [Fact]
    public void AD1FosterCare_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule114(), """
            AD1
            CHILD,FOSTER_CARE
            1,0
            2,1
            3,X9
            4,zz
            5,
            """);

        Assert.Equal(["AD1:2", "AD1:3"], flagged);
    }
}
