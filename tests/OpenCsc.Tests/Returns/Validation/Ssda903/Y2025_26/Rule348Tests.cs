using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule348Tests
{
    [Fact]
    public void DiedLastYear_NotThisYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule348(), """
            OC3
            CHILD,IN_TOUCH
            1,YES
            2,DIED
            3,YES

            OC3_last
            CHILD,IN_TOUCH
            1,DIED
            2,DIED
            3,NO
            """);

        Assert.Equal(["OC3:0"], flagged);
    }
}
