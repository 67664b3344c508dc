using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule542Tests
{
    [Fact]
    public void Under10AtTheYearEnd_WithConviction_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule542(), """
            OC2
            CHILD,DOB,CONVICTED
            1,01/04/2017,0
            2,31/03/2017,0
            3,01/04/2017,
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
