using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule620Tests
{
    [Fact]
    public void MotherUnder11AtTheStartOfTheYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule620(), """
            Header
            CHILD,MOTHER,DOB
            1,1,01/04/2015
            2,1,02/04/2015
            3,0,01/01/2020
            4,1,
            """);

        Assert.Equal(["Header:1"], flagged);
    }
}
