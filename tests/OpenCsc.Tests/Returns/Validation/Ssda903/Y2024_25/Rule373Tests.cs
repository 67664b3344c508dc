using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule373Tests
{
    [Fact]
    public void SchoolUnder4_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule373(), """
            Header
            CHILD,DOB
            1,01/05/2022
            2,01/05/2022

            Episodes
            CHILD,DECOM,DEC,PLACE
            1,30/04/2026,,S1
            2,01/05/2026,,S1
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
