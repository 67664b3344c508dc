using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule574Tests
{
    [Fact]
    public void MissingPeriodStartingWhileThePreviousIsOpen_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule574(), """
            Missing
            CHILD,MIS_START,MIS_END
            1,01/05/2026,10/05/2026
            1,10/05/2026,
            2,01/05/2026,10/05/2026
            2,09/05/2026,20/05/2026
            3,01/05/2026,
            3,01/06/2026,05/06/2026
            """);

        Assert.Equal(["Missing:3", "Missing:5"], flagged);
    }
}
