using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule345Tests
{
    [Fact]
    public void InTouch_WithZeroActivityOrAccommodation_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule345(), """
            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,YES,F1,B1
            2,YES,0,B1
            3,YES,F1,0
            4,NO,0,0
            """);

        Assert.Equal(["OC3:1", "OC3:2"], flagged);
    }
}
