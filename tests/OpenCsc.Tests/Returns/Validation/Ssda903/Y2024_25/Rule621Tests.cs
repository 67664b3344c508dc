using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule621Tests
{
    [Fact]
    public void ChildBornOnOrBeforeTheMother_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule621(), """
            Header
            CHILD,DOB,MC_DOB
            1,01/01/2008,01/01/2008
            2,01/01/2008,31/12/2007
            3,01/01/2008,02/01/2008
            4,01/01/2008,
            """);

        Assert.Equal(["Header:0", "Header:1"], flagged);
    }
}
