using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule215Tests
{
    [Fact]
    public void CareLeaverWithOc2Items_FlagsBoth()
    {
        string[] flagged = RuleHarness.Run(new Rule215(), """
            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,YES,F1,B1
            2,YES,F1,B1

            OC2
            CHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,,,1,,,,,
            2,,,,,,,,
            """);

        Assert.Equal(["OC2:0", "OC3:0"], flagged);
    }
}
