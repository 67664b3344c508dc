using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule159Tests
{
    [Fact]
    public void MisuseNotReceived_WithoutOffered_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule159(), """
            OC2
            CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,1,0,
            2,1,0,1
            3,0,0,
            4,1,1,
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
