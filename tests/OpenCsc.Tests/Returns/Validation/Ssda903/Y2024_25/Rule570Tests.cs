using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule570Tests
{
    [Fact]
    public void StartAfterTheYearEnds_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule570(), """
            Missing
            CHILD,MIS_START
            1,31/03/2027
            2,01/04/2027
            3,
            """);

        Assert.Equal(["Missing:1"], flagged);
    }
}
