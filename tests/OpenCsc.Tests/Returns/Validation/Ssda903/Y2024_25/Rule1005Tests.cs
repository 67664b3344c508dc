using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1005Tests
{
    [Fact]
    public void MissingMisEnd_NotADate_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule1005(), """
            Missing
            CHILD,MIS_END
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["Missing:2", "Missing:3"], flagged);
    }
}
