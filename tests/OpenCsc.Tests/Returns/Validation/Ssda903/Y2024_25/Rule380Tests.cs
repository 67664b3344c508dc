using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule380Tests
{
    [Fact]
    public void TemporaryPlacement_NotAPlacementChange_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule380(), """
            Episodes
            CHILD,PLACE,RNE
            1,T1,S
            2,T2,P
            3,T4,B
            4,U1,S
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
