using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT33Tests
{
    [Fact]
    public void OC2ChildTwice_FlagsEachOfItsRows()
    {
        string[] flagged = RuleHarness.Run(new RuleINT33(), """
            OC2
            CHILD
            1
            2
            3
            2
            """);

        Assert.Equal(["OC2:1", "OC2:3"], flagged);
    }
}
