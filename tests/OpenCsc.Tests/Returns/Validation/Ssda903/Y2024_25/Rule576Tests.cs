using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule576Tests
{
    [Fact]
    public void LastYearsOpenMissingPeriod_NotCarriedOver_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule576(), """
            Missing
            CHILD,MIS_START
            1,01/03/2026
            2,01/05/2026
            3,01/05/2026

            Missing_last
            CHILD,MIS_START,MIS_END
            1,01/03/2026,
            2,01/03/2026,
            3,01/03/2026,10/03/2026
            """);

        Assert.Equal(["Missing:1"], flagged);
    }
}
