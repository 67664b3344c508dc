using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT32Tests
{
    [Fact]
    public void HeaderChildTwice_FlagsEachOfItsRows()
    {
        string[] flagged = RuleHarness.Run(new RuleINT32(), """
            Header
            CHILD
            1
            2
            3
            2
            """);

        Assert.Equal(["Header:1", "Header:3"], flagged);
    }
}
