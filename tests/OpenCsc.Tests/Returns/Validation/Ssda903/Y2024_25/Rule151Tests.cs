using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule151Tests
{
    [Fact]
    public void SomeAdoptionItemsBlank_IsFlagged_AllOrNoneIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule151(), """
            AD1
            CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
            1,01/05/2026,01/06/2026,1,2,MF,L11
            2,,,,,,
            3,01/05/2026,,1,2,MF,L11
            4,,,,,,L0
            """);

        Assert.Equal(["AD1:2", "AD1:3"], flagged);
    }
}
