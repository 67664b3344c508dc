using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule406Tests
{
    [Fact]
    public void UascWithADistance_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule406(), """
            Header
            CHILD,UASC
            1,1
            2,0

            Episodes
            CHILD,PL_DISTANCE
            1,1.5
            1,
            2,1.5
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
