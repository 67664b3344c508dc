using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule167Tests
{
    [Fact]
    public void ReviewsReviewCode_NotInTheCodeList_IsFlagged_BlankToo()
    {
        string[] flagged = RuleHarness.Run(new Rule167(), """
            Reviews
            CHILD,REVIEW_CODE
            1,PN0
            2,PN7
            3,X9
            4,pn0
            5,
            """);

        Assert.Equal(["Reviews:2", "Reviews:3", "Reviews:4"], flagged);
    }
}
