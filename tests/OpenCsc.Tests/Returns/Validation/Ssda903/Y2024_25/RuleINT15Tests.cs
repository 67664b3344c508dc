using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT15Tests
{
    [Fact]
    public void OC3DobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT15(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            OC3
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["OC3:1", "OC3:3"], flagged);
    }
}
