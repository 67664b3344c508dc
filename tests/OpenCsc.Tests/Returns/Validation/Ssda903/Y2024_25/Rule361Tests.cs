using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule361Tests
{
    [Fact]
    public void PoliceProtectionOver72Hours_FlagsTheSpell()
    {
        string[] flagged = RuleHarness.Run(new Rule361(), """
            Episodes
            CHILD,DECOM,DEC,LS
            1,01/05/2026,04/05/2026,L1
            2,01/05/2026,03/05/2026,L1
            2,03/05/2026,05/05/2026,L1
            3,29/03/2027,,L1
            4,01/05/2026,10/05/2026,C2
            """, end: new DateOnly(2027, 3, 31));

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
