using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule3001Tests
{
    [Fact]
    public void Turning17InTheYear_WithFormerFosterCarers_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule3001(), """
            Header
            CHILD,DOB
            1,01/04/2009
            2,31/03/2009
            3,01/04/2009

            OC3
            CHILD,ACCOM
            1,Z1
            2,Z2
            3,B1
            """);

        Assert.Equal(["OC3:0"], flagged);
    }
}
