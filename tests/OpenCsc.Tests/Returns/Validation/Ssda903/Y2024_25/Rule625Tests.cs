using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule625Tests
{
    [Fact]
    public void ChildBornAfterTheYearOrAfterCareEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule625(), """
            Header
            CHILD,MC_DOB
            1,02/05/2026
            2,01/05/2026

            Episodes
            CHILD,DEC
            1,01/05/2026
            2,01/05/2026
            """);

        Assert.Equal(["Episodes:0", "Header:0"], flagged);
    }
}
