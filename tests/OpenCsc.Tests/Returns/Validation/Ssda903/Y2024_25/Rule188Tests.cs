using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule188Tests
{
    [Fact]
    public void Under4AtTheYearEnd_WithScoreOrReason_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule188(), """
            OC2
            CHILD,DOB,SDQ_SCORE,SDQ_REASON
            1,01/04/2023,10,
            2,31/03/2023,10,
            3,01/04/2023,,
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
