using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1014Tests
{
    [Fact]
    public void CareLeaverNotLookedAfterInTheYear_WithAUascRow_IsFlagged()
    {
        // The year starts 01/04/2026. 1: left care 31/03/2026, care leaver items, UASC row: flagged. 2: left on
        // 01/04/2026 (in the year). 3: no UASC row. 4: no episodes at all: flagged. 5: no care leaver items.
        string[] flagged = RuleHarness.Run(new Rule1014(), """
            Episodes
            CHILD,DECOM,DEC
            1,01/01/2025,31/03/2026
            2,01/01/2025,01/04/2026
            3,01/01/2025,31/03/2026
            5,01/01/2025,31/03/2026

            UASC
            CHILD,DUC
            1,01/01/2026
            2,01/01/2026
            4,01/01/2026
            5,01/01/2026

            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,YES,F1,S1
            2,YES,F1,S1
            3,YES,F1,S1
            4,,,S1
            5,,,
            """);

        Assert.Equal(["OC3:0", "OC3:3", "UASC:0", "UASC:2"], flagged);
    }
}
