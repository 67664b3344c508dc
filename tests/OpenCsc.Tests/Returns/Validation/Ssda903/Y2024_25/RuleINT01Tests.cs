using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT01Tests
{
    [Fact]
    public void AD1ChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT01(), """
            Header
            CHILD
            1
            2

            AD1
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["AD1:1", "AD1:3"], flagged);
    }
}
