using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule583Tests
{
    [Fact]
    public void EarlierDecisionNotCeased_IsFlagged_TheLatestMayBeOpen()
    {
        // 1: the earlier (01/02) is open: flagged; the latest (row 0, 01/03) may be. 2: the earlier has ceased.
        // 3: a single open decision.
        string[] flagged = RuleHarness.Run(new Rule583(), """
            PlacedAdoption
            CHILD,DATE_PLACED,DATE_PLACED_CEASED
            1,01/03/2026,
            1,01/02/2026,
            2,01/02/2026,15/02/2026
            2,01/03/2026,
            3,01/03/2026,
            """);

        Assert.Equal(["PlacedAdoption:1"], flagged);
    }
}
