using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT11Tests
{
    [Fact]
    public void AD1DobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT11(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            AD1
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["AD1:1", "AD1:3"], flagged);
    }
}
