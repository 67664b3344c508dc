using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule611Tests
{
    [Fact]
    public void MotherWithoutChildsDob_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule611(), """
            Header
            CHILD,MOTHER,MC_DOB
            1,1,
            2,1,01/01/2026
            3,0,
            4,,
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
