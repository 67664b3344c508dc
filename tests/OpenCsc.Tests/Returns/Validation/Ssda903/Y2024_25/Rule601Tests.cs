using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule601Tests
{
    [Fact]
    public void AdoptedInTheYear_WithAdoptionItemsBlank_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule601(), """
            Episodes
            CHILD,DEC,REC
            1,01/05/2026,E11
            2,01/05/2026,E12
            3,31/03/2026,E11

            AD1
            CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
            1,01/01/2026,01/02/2026,1,2,MF,L11
            2,01/01/2026,,1,2,MF,L11
            3,01/01/2026,,1,2,MF,L11
            """);

        Assert.Equal(["AD1:1", "Episodes:1"], flagged);
    }
}
