using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule179Tests
{
    [Fact]
    public void PlacementLocationMissing_IsFlagged_ExceptRespite()
    {
        string[] flagged = RuleHarness.Run(new Rule179(), """
            Episodes
            CHILD,LS,PL_LOCATION
            1,C2,
            2,V4,
            3,C2,IN
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
