using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule202Tests
{
    [Fact]
    public void SexDifferentFromLastYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule202(), """
            Header
            CHILD,SEX
            1,M
            2,F
            3,F

            Header_last
            CHILD,SEX
            1,M
            2,M
            """);

        Assert.Equal(["Header:1"], flagged);
    }
}
