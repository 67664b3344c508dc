using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule304Tests
{
    [Fact]
    public void DucAfter18thBirthday_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule304(), """
            UASC
            CHILD,DOB,DUC
            1,01/05/2009,01/05/2027
            2,01/05/2009,02/05/2027
            """);

        Assert.Equal(["UASC:1"], flagged);
    }
}
