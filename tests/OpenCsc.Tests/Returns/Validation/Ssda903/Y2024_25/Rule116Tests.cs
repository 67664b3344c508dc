using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule116Tests
{
    [Fact]
    public void PlacedAdoptionDatePlacedCeased_NotADate_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule116(), """
            PlacedAdoption
            CHILD,DATE_PLACED_CEASED
            1,01/04/2026
            2,29/02/2024
            3,30/02/2026
            4,2026-04-01
            5,
            """);

        Assert.Equal(["PlacedAdoption:2", "PlacedAdoption:3"], flagged);
    }
}
