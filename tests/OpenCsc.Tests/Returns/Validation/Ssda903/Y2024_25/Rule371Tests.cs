using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule371Tests
{
    [Fact]
    public void SupportedAccommodationUnder16_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule371(), """
            Header
            CHILD,DOB
            1,01/05/2010
            2,01/05/2010

            Episodes
            CHILD,DECOM,DEC,PLACE
            1,30/04/2026,01/06/2026,K3
            2,01/05/2026,01/06/2026,K3
            1,30/04/2026,01/06/2026,U1
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
