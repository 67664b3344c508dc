using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule102Tests
{
    [Fact]
    public void HeaderDob_NotADate_IsFlagged_BlankToo()
    {
        string[] flagged = RuleHarness.Run(new Rule102(), """
            Header
            CHILD,DOB
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["Header:2", "Header:3", "Header:4"], flagged);
    }
}
