using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT36Tests
{
    [Fact]
    public void UASCChildTwice_FlagsEachOfItsRows()
    {
        string[] flagged = RuleHarness.Run(new RuleINT36(), """
            UASC
            CHILD
            1
            2
            3
            2
            """);

        Assert.Equal(["UASC:1", "UASC:3"], flagged);
    }
}
