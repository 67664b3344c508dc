using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule392aTests
{
    [Fact]
    public void LookedAfterWithoutDistance_IsFlagged_UascAndRespiteAreNot()
    {
        string[] flagged = RuleHarness.Run(new Rule392a(), """
            Header
            CHILD,UASC
            1,0
            2,1
            3,0

            Episodes
            CHILD,LS,PL_DISTANCE
            1,C2,
            2,C2,
            3,V3,
            1,C2,1.5
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
