using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT09Tests
{
    [Fact]
    public void UASCChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT09(), """
            Header
            CHILD
            1
            2

            UASC
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["UASC:1", "UASC:3"], flagged);
    }
}
