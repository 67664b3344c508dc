using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule344Tests
{
    [Fact]
    public void DiedOrReturnedHome_WithActivityOrAccommodation_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule344(), """
            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,DIED,0,0
            2,RHOM,F1,0
            3,DIED,0,B1
            4,YES,F1,B1
            """);

        Assert.Equal(["OC3:1", "OC3:2"], flagged);
    }
}
