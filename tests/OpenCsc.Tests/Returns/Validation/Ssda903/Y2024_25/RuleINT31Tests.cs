using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT31Tests
{
    [Fact]
    public void AD1ChildTwice_FlagsEachOfItsRows()
    {
        string[] flagged = RuleHarness.Run(new RuleINT31(), """
            AD1
            CHILD
            1
            2
            3
            2
            """);

        Assert.Equal(["AD1:1", "AD1:3"], flagged);
    }
}
