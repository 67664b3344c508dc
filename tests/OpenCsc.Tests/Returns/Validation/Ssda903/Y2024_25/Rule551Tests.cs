using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule551Tests
{
    [Fact]
    public void PlacedForAdoptionWithoutADecisionDate_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule551(), """
            Episodes
            CHILD,PLACE
            1,A3
            2,A5
            3,U1

            PlacedAdoption
            CHILD,DATE_PLACED
            1,01/05/2026
            2,
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
