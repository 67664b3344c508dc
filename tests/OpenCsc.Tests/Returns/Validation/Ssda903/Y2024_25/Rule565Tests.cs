using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule565Tests
{
    [Fact]
    public void StartDateWithoutMissingType_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule565(), """
            Missing
            CHILD,MISSING,MIS_START
            1,,01/05/2026
            2,M,01/05/2026
            3,,
            """);

        Assert.Equal(["Missing:0"], flagged);
    }
}
