using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule521Tests
{
    [Fact]
    public void PlacedForAdoptionBeforeTheShouldBePlacedDecision_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule521(), """
            Episodes
            CHILD,DECOM,PLACE
            1,01/05/2026,A3
            2,01/05/2026,A4

            AD1
            CHILD,DATE_INT
            1,02/05/2026
            2,01/05/2026
            """);

        Assert.Equal(["AD1:0", "Episodes:0"], flagged);
    }
}
