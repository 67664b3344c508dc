using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT04Tests
{
    [Fact]
    public void MissingChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT04(), """
            Header
            CHILD
            1
            2

            Missing
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["Missing:1", "Missing:3"], flagged);
    }
}
