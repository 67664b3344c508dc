using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule232Tests
{
    [Fact]
    public void SexUnknown_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule232(), """
            Header
            CHILD,SEX
            1,M
            2,U
            3,F
            4,
            """);

        Assert.Equal(["Header:1"], flagged);
    }
}
