using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT21Tests
{
    [Fact]
    public void UASCSexDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT21(), """
            Header
            CHILD,SEX
            1,M
            2,M

            UASC
            CHILD,SEX
            1,M
            2,F
            3,F
            2,
            """);

        Assert.Equal(["UASC:1", "UASC:3"], flagged);
    }
}
