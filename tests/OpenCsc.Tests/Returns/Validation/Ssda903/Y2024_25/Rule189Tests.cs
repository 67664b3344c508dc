using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule189Tests
{
    [Fact]
    public void Aged17AtTheYearStart_WithScoreOrReason_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule189(), """
            OC2
            CHILD,DOB,SDQ_SCORE,SDQ_REASON
            1,01/04/2009,,SDQ1
            2,02/04/2009,10,
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
