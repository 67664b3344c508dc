using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule420Tests
{
    [Fact]
    public void RespiteWithPlacementLa_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule420(), """
            Episodes
            CHILD,LS,PL_LA
            1,V3,E09000003
            2,V4,
            3,C2,E09000003
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
