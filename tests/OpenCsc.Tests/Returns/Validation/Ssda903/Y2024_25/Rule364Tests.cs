using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule364Tests
{
    [Fact]
    public void PaceOver21Days_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule364(), """
            Episodes
            CHILD,DECOM,DEC,LS
            1,01/05/2026,22/05/2026,J2
            2,01/05/2026,10/05/2026,J2
            2,10/05/2026,23/05/2026,J2
            """);

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
