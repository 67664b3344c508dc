using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule710Tests
{
    [Fact]
    public void DoloInSecureHomeWithParentsCustodyOrSupportedAccommodation_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule710(), """
            Episodes
            CHILD,DECOM,DEC,PLACE
            1,01/04/2026,01/06/2026,K1
            1,01/06/2026,,K2
            2,01/04/2026,,P1

            DoLo
            CHILD,DOLO_START,DOLO_END
            1,01/05/2026,10/05/2026
            1,01/07/2026,10/07/2026
            2,01/05/2026,10/05/2026
            """);

        Assert.Equal(["DoLo:0", "DoLo:2", "Episodes:0", "Episodes:2"], flagged);
    }
}
