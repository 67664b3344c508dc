using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule626Tests
{
    [Fact]
    public void MotherOfAChildBornBeforeTheYear_NotAMotherLastYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule626(), """
            Header
            CHILD,MOTHER,MC_DOB
            1,1,31/03/2026
            2,1,01/04/2026
            3,1,31/03/2026

            Header_last
            CHILD,MOTHER
            1,0.0
            2,0
            3,1
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
