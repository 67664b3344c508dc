using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule560Tests
{
    [Fact]
    public void DecisionOpenLastYear_WithADifferentDateThisYear_IsFlagged()
    {
        // 1: open last year on 01/02/2026, now 02/02: flagged. 2: the same date (written 1/2/2026). 3: last year's had
        // ceased. 4: the open decision is carried on one of two rows. 5: neither row has it: both flagged.
        string[] flagged = RuleHarness.Run(new Rule560(), """
            PlacedAdoption
            CHILD,DATE_PLACED,DATE_PLACED_CEASED
            1,02/02/2026,
            2,1/2/2026,
            3,05/05/2026,
            4,01/02/2026,
            4,05/05/2026,
            5,03/02/2026,01/05/2026
            5,05/05/2026,

            PlacedAdoption_last
            CHILD,DATE_PLACED,DATE_PLACED_CEASED
            1,01/02/2026,
            2,01/02/2026,
            3,01/02/2026,01/03/2026
            4,01/02/2026,
            5,01/02/2026,
            """);

        Assert.Equal(["PlacedAdoption:0", "PlacedAdoption:5", "PlacedAdoption:6"], flagged);
    }
}
