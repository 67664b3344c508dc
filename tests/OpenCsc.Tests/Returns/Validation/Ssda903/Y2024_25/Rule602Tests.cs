using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule602Tests
{
    [Fact]
    public void AdoptionDataForAChildNotAdoptedInTheYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule602(), """
            Episodes
            CHILD,DEC,REC
            1,01/05/2026,E11
            2,31/03/2026,E11

            AD1
            CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
            1,01/01/2026,,,,,
            2,01/01/2026,,,,,
            3,,,,,,
            """);

        Assert.Equal(["AD1:1"], flagged);
    }
}
