using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule526Tests
{
    [Fact]
    public void PlacementWithoutProvider_IsFlagged_TemporaryIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule526(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,U1,
            2,T1,
            3,U1,PR1
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
