using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule612Tests
{
    [Fact]
    public void GirlNotAMother_WithChildsDob_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule612(), """
            Header
            CHILD,SEX,MOTHER,MC_DOB
            1,F,0,01/01/2026
            2,F,,01/01/2026
            3,F,1,01/01/2026
            4,F,0,
            5,M,0,01/01/2026
            """);

        Assert.Equal(["Header:0", "Header:1"], flagged);
    }
}
