using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule192Tests
{
    [Fact]
    public void Misuse_WithoutReceived_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule192(), """
            OC2
            CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED
            1,1,
            2,1,0
            3,0,
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
