using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT13Tests
{
    [Fact]
    public void MissingDobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT13(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            Missing
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["Missing:1", "Missing:3"], flagged);
    }
}
