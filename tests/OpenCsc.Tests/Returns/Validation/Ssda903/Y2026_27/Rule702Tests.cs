using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule702Tests
{
    [Fact]
    public void EndOnOrBeforeStart_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule702(), """
            DoLo
            CHILD,DOLO_START,DOLO_END
            1,02/05/2026,01/05/2026
            2,02/05/2026,02/05/2026
            3,02/05/2026,03/05/2026
            4,02/05/2026,
            """);

        Assert.Equal(["DoLo:0", "DoLo:1"], flagged);
    }
}
