using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule158Tests
{
    [Fact]
    public void Received_WithOfferedCompleted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule158(), """
            OC2
            CHILD,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,1,0
            2,1,
            3,0,1
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
