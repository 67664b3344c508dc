using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule213Tests
{
    [Fact]
    public void ProviderForATemporaryOrZ1xPlacement_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule213(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,T4,PR1
            2,Z12,PR0
            3,T4,
            4,U1,PR1
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
