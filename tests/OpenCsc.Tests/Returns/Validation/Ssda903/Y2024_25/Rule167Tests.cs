using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule167Tests
{
    [Fact]
    public void ReviewCode_InvalidOrBlankWhenThereIsAReview_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule167(), """
            Reviews
            CHILD,REVIEW,REVIEW_CODE
            1,01/05/2026,PN0
            2,01/05/2026,PN7
            3,01/05/2026,X9
            4,01/05/2026,pn1
            5,01/05/2026,
            6,,
            """);

        Assert.Equal(["Reviews:2", "Reviews:3", "Reviews:4"], flagged);
    }
}
