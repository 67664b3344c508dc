using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT06Tests
{
    [Fact]
    public void OC3ChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT06(), """
            Header
            CHILD
            1
            2

            OC3
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["OC3:1", "OC3:3"], flagged);
    }
}
