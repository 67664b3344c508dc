using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule705Tests
{
    [Fact]
    public void DoloStartingWhileThePreviousIsOpen_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule705(), """
            DoLo
            CHILD,DOLO_START,DOLO_END
            1,01/05/2026,10/05/2026
            1,10/05/2026,
            2,01/05/2026,10/05/2026
            2,09/05/2026,20/05/2026
            """);

        Assert.Equal(["DoLo:3"], flagged);
    }
}
