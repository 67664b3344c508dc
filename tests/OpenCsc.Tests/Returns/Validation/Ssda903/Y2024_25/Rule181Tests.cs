using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule181Tests
{
    [Fact]
    public void AnyItemNotZeroOrOne_IsFlagged_BlanksAreNot()
    {
        string[] flagged = RuleHarness.Run(new Rule181(), """
            OC2
            CHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,0,1,0,1,0,1,0,1
            2,,,,,,,,
            3,0,1,0,1,0,1,0,2
            4,Y,,,,,,,
            """);

        Assert.Equal(["OC2:2", "OC2:3"], flagged);
    }
}
