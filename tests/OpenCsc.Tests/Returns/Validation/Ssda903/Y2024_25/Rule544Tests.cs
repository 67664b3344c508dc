using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule544Tests
{
    [Fact]
    public void Convicted_WithHealthItemsBlank_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule544(), """
            OC2
            CHILD,CONVICTED,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
            1,1,1,1,1,0
            2,1,1,,1,0
            3,0,,,,
            """);

        Assert.Equal(["OC2:1"], flagged);
    }
}
