using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule707Tests
{
    [Fact]
    public void OpenDoloAfterCareEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule707(), """
            Episodes
            CHILD,DECOM,DEC
            1,01/04/2026,01/06/2026
            2,01/04/2026,

            DoLo
            CHILD,DOLO_START,DOLO_END
            1,01/05/2026,
            2,01/05/2026,
            1,01/05/2026,02/06/2026
            """);

        Assert.Equal(["DoLo:0", "DoLo:2"], flagged);
    }
}
