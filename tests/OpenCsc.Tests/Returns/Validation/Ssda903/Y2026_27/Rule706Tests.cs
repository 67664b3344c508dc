using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule706Tests
{
    [Fact]
    public void DoloOpenLastYear_NotCarriedIntoThisYear_FlagsLastYearsRow()
    {
        // 1: open, carried with the same start. 2: open, this year starts a day later: flagged. 3: ended last year.
        // 4: open, the child has no DoLO this year: flagged.
        string[] flagged = RuleHarness.Run(new Rule706(), """
            DoLo
            CHILD,DOLO_START,DOLO_END
            1,01/02/2026,
            2,02/02/2026,

            DoLo_last
            CHILD,DOLO_START,DOLO_END
            1,01/02/2026,
            2,01/02/2026,
            3,01/02/2026,01/03/2026
            4,01/02/2026,
            """);

        Assert.Equal(["DoLo_last:1", "DoLo_last:3"], flagged);
    }
}
