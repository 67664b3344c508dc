using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule550Tests
{
    [Fact]
    public void Pr0_OtherThanP1_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule550(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,P1,PR0
            2,U1,PR0
            3,U1,PR1
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
