using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule171Tests
{
    [Fact]
    public void HeaderMcDob_NotADate_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule171(), """
            Header
            CHILD,MC_DOB
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["Header:2", "Header:3"], flagged);
    }
}
