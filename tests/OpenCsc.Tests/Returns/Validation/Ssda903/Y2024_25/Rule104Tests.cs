using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule104Tests
{
    [Fact]
    public void DucNotADateOrBeforeTheYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule104(), """
            UASC
            CHILD,DUC
            1,01/04/2026
            2,31/03/2026
            3,31/02/2027
            4,
            """);

        Assert.Equal(["UASC:1", "UASC:2"], flagged);
    }
}
