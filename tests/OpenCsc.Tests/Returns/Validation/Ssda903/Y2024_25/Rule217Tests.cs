using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule217Tests
{
    [Fact]
    public void PlacedWithFosterCarersForAdoption_WithoutRneSTOrU_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule217(), """
            Episodes
            CHILD,PLACE,DECOM,RNE
            1,A3,01/04/2015,P
            2,A5,01/05/2026,L
            3,A3,01/05/2026,T
            4,A3,31/03/2015,P
            5,U1,01/05/2026,P
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
