using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule408Tests
{
    [Fact]
    public void PlacedForAdoptionWithPlacementOrder_WithoutE1_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule408(), """
            Episodes
            CHILD,PLACE,LS
            1,A5,E1
            2,A6,C2
            3,A3,C2
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
