using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule530Tests
{
    [Fact]
    public void Pr4_WithP1_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule530(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,P1,PR4
            2,U1,PR4
            3,P1,PR0
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
