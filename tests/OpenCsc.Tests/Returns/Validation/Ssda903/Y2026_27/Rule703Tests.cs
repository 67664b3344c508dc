using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule703Tests
{
    [Fact]
    public void StartAfterTheYearEnds_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule703(), """
            DoLo
            CHILD,DOLO_START
            1,31/03/2027
            2,01/04/2027
            """);

        Assert.Equal(["DoLo:1"], flagged);
    }
}
