using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT34Tests
{
    [Fact]
    public void OC3ChildTwice_FlagsEachOfItsRows()
    {
        string[] flagged = RuleHarness.Run(new RuleINT34(), """
            OC3
            CHILD
            1
            2
            3
            2
            """);

        Assert.Equal(["OC3:1", "OC3:3"], flagged);
    }
}
