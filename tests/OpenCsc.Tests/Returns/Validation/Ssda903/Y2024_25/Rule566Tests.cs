using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule566Tests
{
    [Fact]
    public void EndDateWithoutMissingType_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule566(), """
            Missing
            CHILD,MISSING,MIS_END
            1,,01/05/2026
            2,A,01/05/2026
            3,,
            """);

        Assert.Equal(["Missing:0"], flagged);
    }
}
