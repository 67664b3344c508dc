using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule231Tests
{
    [Fact]
    public void UascChild_Under11AtTheEndOfTheYear_IsFlagged()
    {
        // The year ends 31/03/2027: born after 31/03/2016 is under 11.
        string[] flagged = RuleHarness.Run(new Rule231(), """
            Header
            CHILD,DOB,UASC
            1,01/04/2016,1
            2,31/03/2016,1
            3,01/04/2016,0
            4,01/01/2020,
            """);

        Assert.Equal(["Header:0"], flagged);
    }

    [Fact]
    public void WithoutAUascItem_TheUascTableSaysWhoIsUasc()
    {
        string[] flagged = RuleHarness.Run(new Rule231(), """
            Header
            CHILD,DOB
            1,01/04/2016
            2,01/04/2016

            UASC
            CHILD,DOB,DUC
            1,01/04/2016,01/04/2034
            2,01/04/2016,
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
