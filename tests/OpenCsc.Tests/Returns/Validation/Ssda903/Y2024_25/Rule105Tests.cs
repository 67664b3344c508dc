using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule105Tests
{
    [Fact]
    public void HeaderUasc_NotZeroOrOne_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule105(), """
            Header
            CHILD,UASC
            1,0
            2,1
            3,2
            4,
            """);

        Assert.Equal(["Header:2", "Header:3"], flagged);
    }
}
