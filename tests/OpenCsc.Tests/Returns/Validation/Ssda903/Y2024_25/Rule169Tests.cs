using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule169Tests
{
    [Fact]
    public void PlacementLaMissing_IsFlagged_ExceptRespite()
    {
        string[] flagged = RuleHarness.Run(new Rule169(), """
            Episodes
            CHILD,LS,PL_LA
            1,C2,
            2,V3,
            3,C2,E09000003
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
