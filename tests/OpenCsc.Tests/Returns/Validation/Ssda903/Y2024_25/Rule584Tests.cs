using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule584Tests
{
    [Fact]
    public void AfterADecisionCeasedLastYear_ANewDecisionMustBeLater()
    {
        // Last year's decisions of 1-4 ceased on 01/02/2026's decision. 1: the same date: flagged. 2: a day later.
        // 3: no date: flagged. 4: earlier: flagged. 5: last year's was still open.
        string[] flagged = RuleHarness.Run(new Rule584(), """
            PlacedAdoption
            CHILD,DATE_PLACED
            1,01/02/2026
            2,02/02/2026
            3,
            4,01/01/2026
            5,01/01/2026

            PlacedAdoption_last
            CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
            1,01/02/2026,01/03/2026,RD1
            2,01/02/2026,01/03/2026,RD1
            3,01/02/2026,,RD2
            4,01/02/2026,01/03/2026,
            5,01/02/2026,,
            """);

        Assert.Equal(["PlacedAdoption:0", "PlacedAdoption:2", "PlacedAdoption:3"], flagged);
    }
}
