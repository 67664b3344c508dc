using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule336Tests
{
    [Fact]
    public void PlacedForAdoptionNotAfterAFosterPlacement_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule336(), """
            Episodes
            CHILD,DECOM,PLACE
            1,01/04/2026,K2
            1,01/05/2026,A3
            2,01/04/2026,U1
            2,01/05/2026,A4
            3,01/05/2026,A3
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
