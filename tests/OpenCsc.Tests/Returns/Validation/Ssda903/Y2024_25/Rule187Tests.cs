using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule187Tests
{
    [Fact]
    public void LookedAfter12Months_WithCareLeaverOrAdoptionData_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule187(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/05/2026,,S,,C2

            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,YES,F1,B1
            2,YES,F1,B1

            AD1
            CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
            1,01/05/2026,,,,,
            2,01/05/2026,,,,,
            """);

        Assert.Equal(["AD1:0", "OC3:0"], flagged);
    }
}
