using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT05Tests
{
    [Fact]
    public void OC2ChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT05(), """
            Header
            CHILD
            1
            2

            OC2
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["OC2:1", "OC2:3"], flagged);
    }
}
