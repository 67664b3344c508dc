using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule528Tests
{
    [Fact]
    public void Pr2_WithP1R2OrR5_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule528(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,P1,PR2
            2,R5,PR2
            3,U1,PR2
            4,P1,PR1
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
