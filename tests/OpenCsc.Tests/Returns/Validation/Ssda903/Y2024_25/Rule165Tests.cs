using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule165Tests
{
    [Fact]
    public void MotherStatus_MustBeValid_ForAGirl_AndGivenWhenLookedAfterInTheYear()
    {
        // 1: girl in care in the year, 0: fine. 2: 2 is no code: flagged. 3: a boy with 1: flagged. 4: girl in care in
        // the year, blank: flagged. 5: girl whose only episode ended before the year, blank: fine. 6: girl with respite
        // only, blank: fine. 7: girl not in care in the year, a care leaver, with 1: flagged. 8: the same, blank: fine.
        string[] flagged = RuleHarness.Run(new Rule165(), """
            Header
            CHILD,SEX,MOTHER
            1,F,0
            2,F,2
            3,M,1
            4,F,
            5,F,
            6,F,
            7,F,1
            8,F,

            Episodes
            CHILD,DECOM,DEC,LS
            1,01/01/2026,,C2
            2,01/01/2026,,C2
            3,01/01/2026,,C2
            4,01/01/2026,01/04/2026,C2
            5,01/01/2026,31/03/2026,C2
            6,01/05/2026,10/05/2026,V3
            7,01/01/2025,31/03/2026,C2
            8,01/01/2025,31/03/2026,C2

            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            2,,,
            7,YES,F1,S1
            8,YES,F1,S1
            """);

        Assert.Equal(["Header:1", "Header:2", "Header:3", "Header:6", "OC3:0", "OC3:1"], flagged);
    }
}
