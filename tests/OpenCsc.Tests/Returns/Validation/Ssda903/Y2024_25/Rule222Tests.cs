using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule222Tests
{
    [Fact]
    public void UrnForAPlacementWithoutOne_IsFlagged_PlaceholderIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule222(), """
            Episodes
            CHILD,PLACE,URN
            1,P1,SC123456
            2,R1,XXXXXXX
            3,T0,
            4,U1,SC123456
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
