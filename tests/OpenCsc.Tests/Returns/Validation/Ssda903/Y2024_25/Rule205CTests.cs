using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205CTests
{
    [Fact]
    public void NeverUasc_WithADateCeased_IsFlagged()
    {
        // 1: not UASC either year, a date ceased last year: flagged. 2: not UASC, a date this year: flagged. 3: UASC last
        // year. 4: not UASC, no dates. 5: a blank UASC item this year and no row last year: never UASC, with a date: flagged.
        string[] flagged = RuleHarness.Run(new Rule205C(), """
            Header
            CHILD,UASC
            1,0
            2,0
            3,0
            4,0
            5,

            Header_last
            CHILD,UASC
            1,0
            2,0
            3,1
            4,0

            UASC
            CHILD,DOB,DUC
            1,01/06/2008,
            2,01/06/2008,01/06/2026
            3,01/06/2008,01/06/2026
            4,01/06/2008,
            5,01/06/2008,01/06/2026

            UASC_last
            CHILD,DOB,DUC
            1,01/06/2008,01/06/2026
            2,01/06/2008,
            3,01/06/2008,01/06/2026
            4,01/06/2008,
            """);

        Assert.Equal(["Header:0", "Header:1", "Header:4", "UASC:0", "UASC:1", "UASC:4"], flagged);
    }
}
