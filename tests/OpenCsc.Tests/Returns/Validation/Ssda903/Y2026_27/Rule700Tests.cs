using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule700Tests
{
    [Fact]
    public void DoLoDoloStart_NotADate_IsFlagged_BlankToo()
    {
        string[] flagged = RuleHarness.Run(new Rule700(), """
            DoLo
            CHILD,DOLO_START
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["DoLo:2", "DoLo:3", "DoLo:4"], flagged);
    }
}
