using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT17Tests
{
    [Fact]
    public void ReviewsDobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT17(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            Reviews
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["Reviews:1", "Reviews:3"], flagged);
    }
}
