using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule166Tests
{
    [Fact]
    public void ReviewsReview_NotADate_IsFlagged_BlankToo()
    {
        string[] flagged = RuleHarness.Run(new Rule166(), """
            Reviews
            CHILD,REVIEW
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["Reviews:2", "Reviews:3", "Reviews:4"], flagged);
    }
}
