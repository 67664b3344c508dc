using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule117Tests
{
    [Fact]
    public void DecisionAfterTheYearOrAfterCareEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule117(), """
            Episodes
            CHILD,DECOM,DEC,REC
            1,01/04/2026,01/06/2026,E11
            2,01/04/2026,,
            3,01/04/2026,01/06/2026,E11

            PlacedAdoption
            CHILD,DATE_PLACED,DATE_PLACED_CEASED
            1,02/06/2026,
            2,01/04/2027,
            3,01/05/2026,01/06/2026
            """);

        Assert.Equal(["Episodes:0", "Episodes:1", "PlacedAdoption:0", "PlacedAdoption:1"], flagged);
    }
}
