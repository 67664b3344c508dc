using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule391Tests
{
    [Fact]
    public void CareLeaverUnder17AtTheYearEnd_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule391(), """
            OC3
            CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
            1,01/04/2010,YES,F1,B1
            2,31/03/2010,YES,F1,B1
            3,01/04/2010,,,
            """);

        Assert.Equal(["OC3:0"], flagged);
    }
}
