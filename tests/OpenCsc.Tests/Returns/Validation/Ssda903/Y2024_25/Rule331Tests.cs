using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule331Tests
{
    [Fact]
    public void MatchedAfterPlacedForAdoption_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule331(), """
            Episodes
            CHILD,DECOM,REC
            1,01/05/2026,E11
            2,01/05/2026,E12
            3,01/05/2026,E13

            AD1
            CHILD,DATE_MATCH
            1,02/05/2026
            2,01/05/2026
            3,02/05/2026
            """);

        Assert.Equal(["AD1:0", "Episodes:0"], flagged);
    }
}
