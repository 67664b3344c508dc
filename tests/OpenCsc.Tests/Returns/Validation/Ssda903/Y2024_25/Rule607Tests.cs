using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule607Tests
{
    [Fact]
    public void GirlLeavingCareInTheYear_WithoutMotherStatus_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule607(), """
            Header
            CHILD,SEX,MOTHER
            1,F,
            2,F,0
            3,F,

            Episodes
            CHILD,DEC,REC,LS
            1,01/05/2026,E11,C2
            2,01/05/2026,E11,C2
            3,01/05/2026,X1,C2
            """);

        Assert.Equal(["Episodes:0", "Header:0"], flagged);
    }
}
