using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule374Tests
{
    [Fact]
    public void ResidentialEmploymentUnder14_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule374(), """
            Header
            CHILD,DOB
            1,01/05/2012
            2,01/05/2012

            Episodes
            CHILD,DECOM,DEC,PLACE
            1,30/04/2026,,P3
            2,01/05/2026,,P3
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
