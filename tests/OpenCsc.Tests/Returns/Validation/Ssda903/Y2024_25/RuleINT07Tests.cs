using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT07Tests
{
    [Fact]
    public void PrevPermChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT07(), """
            Header
            CHILD
            1
            2

            PrevPerm
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["PrevPerm:1", "PrevPerm:3"], flagged);
    }
}
