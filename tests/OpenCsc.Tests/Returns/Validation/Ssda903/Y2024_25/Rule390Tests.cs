using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule390Tests
{
    [Fact]
    public void AdoptedFromAPlacementNotForAdoption_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule390(), """
            Episodes
            CHILD,PLACE,REC
            1,U1,E11
            2,A5,E12
            3,U1,E13
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
