using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT14Tests
{
    [Fact]
    public void OC2DobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT14(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            OC2
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["OC2:1", "OC2:3"], flagged);
    }
}
