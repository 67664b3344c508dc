using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule567Tests
{
    [Fact]
    public void EndBeforeStart_IsFlagged_SameDayIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule567(), """
            Missing
            CHILD,MIS_START,MIS_END
            1,02/05/2026,01/05/2026
            2,02/05/2026,02/05/2026
            3,02/05/2026,
            """);

        Assert.Equal(["Missing:0"], flagged);
    }
}
