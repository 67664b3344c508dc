using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule631Tests
{
    [Fact]
    public void PrevPermPrevPerm_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule631(), """
            PrevPerm
            CHILD,PREV_PERM
            1,P1
            2,Z1
            3,X9
            4,p1
            5,
            """);

        Assert.Equal(["PrevPerm:2", "PrevPerm:3"], flagged);
    }
}
