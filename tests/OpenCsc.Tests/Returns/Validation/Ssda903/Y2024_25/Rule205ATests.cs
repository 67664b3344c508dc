using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205ATests
{
    [Fact]
    public void UascLastYearOnly_NeedsItToHaveCeasedLastYear_AndNoDateThisYear()
    {
        // Last year ran 01/04/2025-31/03/2026. 1: ceased 31/03/2026, nothing this year: fine. 2: ceased 01/04/2026 (this
        // year): flagged. 3: ceased last year but a date again this year: flagged. 4: UASC in both years. 5: never.
        string[] flagged = RuleHarness.Run(new Rule205A(), """
            Header
            CHILD,UASC
            1,0
            2,0
            3,0
            4,1
            5,0

            Header_last
            CHILD,UASC
            1,1
            2,1
            3,1
            4,1
            5,0

            UASC
            CHILD,DOB,DUC
            1,01/04/2008,
            2,01/04/2008,
            3,01/04/2008,01/05/2025
            4,01/04/2008,
            5,01/04/2008,

            UASC_last
            CHILD,DOB,DUC
            1,01/04/2008,31/03/2026
            2,01/04/2008,01/04/2026
            3,01/04/2008,01/05/2025
            4,01/04/2008,
            5,01/04/2008,
            """);

        Assert.Equal(["Header:1", "Header:2", "UASC:1", "UASC:2"], flagged);
    }
}
