using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule504Tests
{
    [Fact]
    public void CategoryOfNeedChangedWithinAPeriodOfCare_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule504(), """
            Episodes
            CHILD,DECOM,DEC,REC,CIN
            1,01/04/2026,01/05/2026,X1,N1
            1,01/05/2026,,,N2
            2,01/04/2026,01/05/2026,X1,N1
            2,01/05/2026,,,N1
            3,01/04/2026,01/05/2026,E11,N1
            3,01/05/2026,,,N2
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
