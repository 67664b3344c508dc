using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule196Tests
{
    [Fact]
    public void OC2SdqReason_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule196(), """
            OC2
            CHILD,SDQ_REASON
            1,SDQ1
            2,SDQ5
            3,X9
            4,sdq1
            5,
            """);

        Assert.Equal(["OC2:2", "OC2:3"], flagged);
    }
}
