using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule131Tests
{
    [Fact]
    public void OC3InTouch_NotInTheCodeList_IsFlagged_BlankToo()
    {
        string[] flagged = RuleHarness.Run(new Rule131(), """
            OC3
            CHILD,IN_TOUCH
            1,YES
            2,RHOM
            3,X9
            4,yes
            5,
            """);

        Assert.Equal(["OC3:2", "OC3:3", "OC3:4"], flagged);
    }
}
