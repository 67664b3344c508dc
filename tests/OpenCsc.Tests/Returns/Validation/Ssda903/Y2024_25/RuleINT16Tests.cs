using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT16Tests
{
    [Fact]
    public void PrevPermDobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT16(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            PrevPerm
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["PrevPerm:1", "PrevPerm:3"], flagged);
    }
}
