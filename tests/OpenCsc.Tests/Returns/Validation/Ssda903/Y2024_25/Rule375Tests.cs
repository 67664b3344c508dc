using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule375Tests
{
    [Fact]
    public void HospitalOverSixWeeks_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule375(), """
            Episodes
            CHILD,DECOM,DEC,PLACE
            1,01/05/2026,12/06/2026,T1
            2,01/05/2026,13/06/2026,T1
            3,01/05/2026,,T1
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
