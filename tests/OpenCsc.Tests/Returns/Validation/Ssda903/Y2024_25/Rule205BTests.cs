using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205BTests
{
    [Fact]
    public void UascBothYears_CeasedAt18_InThisYearOrAsLastYear()
    {
        // Without Header's UASC item, a UASC row with a date ceased (beyond CHILD and DOB) is UASC. The year is
        // 01/04/2026-31/03/2027. 1: 18 on 01/06/2026, both years say so: fine. 2: this year's date is in the year but last
        // year's is not the 18th birthday: flagged. 3: 18 on 01/06/2027, both years say so (after this year, carried):
        // fine. 4: this year's date is after the year and differs from last year's: flagged. 5: not UASC last year.
        string[] flagged = RuleHarness.Run(new Rule205B(), """
            UASC
            CHILD,DOB,DUC
            1,01/06/2008,01/06/2026
            2,01/06/2008,01/06/2026
            3,01/06/2009,01/06/2027
            4,01/06/2009,02/06/2027
            5,01/06/2008,01/06/2026

            UASC_last
            CHILD,DOB,DUC
            1,01/06/2008,01/06/2026
            2,01/06/2008,02/06/2026
            3,01/06/2009,01/06/2027
            4,01/06/2009,01/06/2027
            5,01/06/2008,
            """);

        Assert.Equal(["UASC:1", "UASC:3"], flagged);
    }
}
