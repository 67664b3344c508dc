using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT08Tests
{
    [Fact]
    public void ReviewsChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT08(), """
            Header
            CHILD
            1
            2

            Reviews
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["Reviews:1", "Reviews:3"], flagged);
    }
}
