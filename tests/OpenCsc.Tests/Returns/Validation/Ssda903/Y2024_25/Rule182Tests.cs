using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule182Tests
{
    [Fact]
    public void SomeHealthItemsBlank_WhileOtherItemsCompleted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule182(), """
            OC2
            CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,1,1,1,0,1,,,
            2,,1,1,0,1,,,
            3,,,,,,,,
            4,,1,1,0,,,,
            """);

        Assert.Equal(["OC2:1"], flagged);
    }
}
