using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule628Tests
{
    [Fact]
    public void CareLeaverNotLookedAfter_WithMotherStatus_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule628(), """
            Header
            CHILD,MOTHER
            1,0
            2,0
            3,

            Episodes
            CHILD
            2

            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,YES,F1,B1
            2,YES,F1,B1
            3,YES,F1,B1
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
