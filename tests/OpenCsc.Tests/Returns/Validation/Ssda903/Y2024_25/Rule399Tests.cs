using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule399Tests
{
    [Fact]
    public void RespiteOnlyChild_WithMotherOrReviews_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule399(), """
            Episodes
            CHILD,LS
            1,V3
            2,V4
            2,C2
            3,V3

            Header
            CHILD,MOTHER
            1,0
            2,0
            3,

            Reviews
            CHILD,REVIEW,REVIEW_CODE
            2,01/05/2026,PN1
            """);

        Assert.Equal(["Episodes:0", "Header:0"], flagged);
    }
}
