using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule178Tests
{
    [Fact]
    public void Provider_InvalidOrForAPlacementWithoutOne_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule178(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,U1,PR1
            2,T0,PR1
            3,Z14,PR5
            4,T0,
            5,U1,pr4
            6,U1,
            """);

        Assert.Equal(["Episodes:1", "Episodes:2", "Episodes:4"], flagged);
    }
}
