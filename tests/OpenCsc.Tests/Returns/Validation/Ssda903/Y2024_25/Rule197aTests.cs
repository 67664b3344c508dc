using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule197aTests
{
    [Fact]
    public void ScoreAndReason_BothCompleted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule197a(), """
            OC2
            CHILD,SDQ_SCORE,SDQ_REASON
            1,10,SDQ1
            2,10,
            3,,SDQ1
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
