using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule709Tests
{
    [Fact]
    public void DoloDuringAnUnexpectedPlacement_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule709(), """
            Episodes
            CHILD,DECOM,DEC,PLACE
            1,01/04/2026,01/06/2026,K2
            1,01/06/2026,,U1
            2,01/04/2026,,Z12

            DoLo
            CHILD,DOLO_START,DOLO_END
            1,01/05/2026,10/05/2026
            1,01/07/2026,10/07/2026
            2,01/05/2026,10/05/2026
            """);

        Assert.Equal(["DoLo:1", "Episodes:1"], flagged);
    }
}
