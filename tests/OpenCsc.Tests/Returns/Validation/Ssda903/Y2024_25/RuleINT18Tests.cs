using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT18Tests
{
    [Fact]
    public void UASCDobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT18(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            UASC
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["UASC:1", "UASC:3"], flagged);
    }
}
