using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule527Tests
{
    [Fact]
    public void Pr1_WithP1R2OrR5_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule527(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,P1,PR1
            2,R2,PR1
            3,R5,PR1
            4,U1,PR1
            5,P1,PR2
            """);

        Assert.Equal(["Episodes:0", "Episodes:1", "Episodes:2"], flagged);
    }
}
