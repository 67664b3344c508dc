using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule561Tests
{
    [Fact]
    public void DecisionCeasedLastYear_ReturnedAgainWithTheSameDate_IsFlagged()
    {
        // 1: ceased last year (a date): flagged. 2: ceased by a reason only: flagged. 3: still open last year.
        // 4: a new decision with a later date.
        string[] flagged = RuleHarness.Run(new Rule561(), """
            PlacedAdoption
            CHILD,DATE_PLACED
            1,01/02/2026
            2,01/02/2026
            3,01/02/2026
            4,01/06/2026

            PlacedAdoption_last
            CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
            1,01/02/2026,01/03/2026,RD1
            2,01/02/2026,,RD1
            3,01/02/2026,,
            4,01/02/2026,01/03/2026,RD1
            """);

        Assert.Equal(["PlacedAdoption:0", "PlacedAdoption:1"], flagged);
    }
}
