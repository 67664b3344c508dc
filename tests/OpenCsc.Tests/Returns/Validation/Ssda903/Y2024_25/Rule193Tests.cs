using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule193Tests
{
    [Fact]
    public void NoMisuse_WithInterventionItems_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule193(), """
            OC2
            CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,0,1,
            2,,,0
            3,0,,
            4,1,1,
            """);

        Assert.Equal(["OC2:0", "OC2:1"], flagged);
    }
}
