using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule564Tests
{
    [Fact]
    public void MissingOrAwayWithoutAStartDate_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule564(), """
            Missing
            CHILD,MISSING,MIS_START
            1,M,
            2,A,
            3,M,01/05/2026
            4,,
            """);

        Assert.Equal(["Missing:0", "Missing:1"], flagged);
    }
}
