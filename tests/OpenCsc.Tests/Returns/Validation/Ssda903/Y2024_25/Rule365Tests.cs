using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule365Tests
{
    [Fact]
    public void RespiteOver17Days_IsFlagged_OpenRunsToTheYearEnd()
    {
        string[] flagged = RuleHarness.Run(new Rule365(), """
            Episodes
            CHILD,DECOM,DEC,LS
            1,01/05/2026,18/05/2026,V3
            2,01/05/2026,19/05/2026,V3
            3,01/03/2027,,V3
            4,01/05/2026,19/05/2026,V4
            """);

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
