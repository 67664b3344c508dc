using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule384Tests
{
    [Fact]
    public void RespiteInLongTermFostering_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule384(), """
            Episodes
            CHILD,LS,PLACE
            1,V3,U1
            2,V4,U4
            3,V3,U2
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
