using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule366Tests
{
    [Fact]
    public void RespiteBreakWithAPlacementChange_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule366(), """
            Episodes
            CHILD,LS,RNE
            1,V3,S
            2,V3,P
            3,V4,P
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
