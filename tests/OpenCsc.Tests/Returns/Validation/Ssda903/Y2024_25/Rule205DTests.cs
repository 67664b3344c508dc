using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205DTests
{
    [Fact]
    public void UascThisYear_NotLastYear_FlagsTheHeaderRow()
    {
        // 1: UASC this year, not last: flagged. 2: both. 3: not in last year's return.
        string[] flagged = RuleHarness.Run(new Rule205D(), """
            Header
            CHILD,UASC
            1,1
            2,1
            3,1

            Header_last
            CHILD,UASC
            1,0
            2,1
            """);

        Assert.Equal(["Header:0"], flagged);
    }

    [Fact]
    public void WithoutHeaderUascItems_TheUascTablesDecide_AndItsRowIsFlagged()
    {
        // A UASC row with anything beyond CHILD and DOB is UASC. 1: a date this year, none last year: flagged.
        // 2: dates both years.
        string[] flagged = RuleHarness.Run(new Rule205D(), """
            UASC
            CHILD,DOB,DUC
            1,01/06/2008,01/06/2026
            2,01/06/2008,01/06/2026

            UASC_last
            CHILD,DOB,DUC
            1,01/06/2008,
            2,01/06/2008,01/06/2026
            """);

        Assert.Equal(["UASC:0"], flagged);
    }
}
