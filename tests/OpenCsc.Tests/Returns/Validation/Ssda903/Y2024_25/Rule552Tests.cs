using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule552Tests
{
    [Fact]
    public void PlacedForAdoptionBeforeTheDecision_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule552(), """
            Episodes
            CHILD,DECOM,PLACE
            1,01/05/2026,A3
            2,01/05/2026,A4

            PlacedAdoption
            CHILD,DATE_PLACED
            1,02/05/2026
            2,01/05/2026
            """);

        Assert.Equal(["Episodes:0", "PlacedAdoption:0"], flagged);
    }
}
