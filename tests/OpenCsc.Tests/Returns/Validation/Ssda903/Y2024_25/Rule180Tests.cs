using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule180Tests
{
    [Fact]
    public void Score_NotAWholeNumberFrom0To40_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule180(), """
            OC2
            CHILD,SDQ_SCORE
            1,0
            2,40
            3,41
            4,-1
            5,ten
            6,
            """);

        Assert.Equal(["OC2:2", "OC2:3", "OC2:4"], flagged);
    }
}
