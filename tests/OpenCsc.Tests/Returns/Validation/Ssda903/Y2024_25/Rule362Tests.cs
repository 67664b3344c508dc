using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule362Tests
{
    [Fact]
    public void EmergencyProtectionOver21Days_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule362(), """
            Episodes
            CHILD,DECOM,DEC,LS
            1,01/05/2026,22/05/2026,L2
            2,01/05/2026,23/05/2026,L2
            3,01/03/2027,,L2
            """);

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
