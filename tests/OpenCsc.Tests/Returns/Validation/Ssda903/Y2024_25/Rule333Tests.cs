using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule333Tests
{
    [Fact]
    public void DecisionAfterMatching_OrMissing_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule333(), """
            AD1
            CHILD,DATE_INT,DATE_MATCH
            1,02/05/2026,01/05/2026
            2,01/05/2026,01/05/2026
            3,,01/05/2026
            4,01/05/2026,
            """);

        Assert.Equal(["AD1:0", "AD1:2"], flagged);
    }
}
