using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule547Tests
{
    [Fact]
    public void HealthCheck_WithHealthItemsBlank_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule547(), """
            OC2
            CHILD,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
            1,1,1,1,1,0
            2,1,1,1,,0
            """);

        Assert.Equal(["OC2:1"], flagged);
    }
}
