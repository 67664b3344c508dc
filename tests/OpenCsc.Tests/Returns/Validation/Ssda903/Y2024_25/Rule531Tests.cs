using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule531Tests
{
    [Fact]
    public void Pr5_WithP1_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule531(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,P1,PR5
            2,U1,PR5
            3,P1,PR0
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
