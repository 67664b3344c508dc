using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule426Tests
{
    [Fact]
    public void RespiteUnderV3AndV4_FlagsBoth()
    {
        string[] flagged = RuleHarness.Run(new Rule426(), """
            Episodes
            CHILD,LS
            1,V3
            1,V4
            1,C2
            2,V3
            2,V3
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
