using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule382Tests
{
    [Fact]
    public void RespiteInATemporaryPlacement_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule382(), """
            Episodes
            CHILD,LS,PLACE
            1,V3,T1
            2,V4,T4
            3,V3,U1
            4,C2,T1
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
