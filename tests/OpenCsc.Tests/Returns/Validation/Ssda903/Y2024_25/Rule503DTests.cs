using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503DTests
{
    [Fact]
    public void PlacementDifferentFromLastYearsOpenEpisode_IsFlagged_Z1ToZ11AllowedIn2025()
    {
        string[] flagged = RuleHarness.Run(new Rule503D(), """
            Episodes
            CHILD,DECOM,PLACE
            1,01/03/2025,U1
            2,01/03/2025,U2
            3,01/03/2025,Z11
            4,01/03/2025,K3

            Episodes_last
            CHILD,DECOM,DEC,PLACE
            1,01/03/2025,,U1
            2,01/03/2025,,U1
            3,01/03/2025,,Z1
            4,01/03/2025,,H5
            """, start: new DateOnly(2025, 4, 1), end: new DateOnly(2026, 3, 31));

        Assert.Equal(["Episodes:1", "Episodes:3"], flagged);
    }
}
