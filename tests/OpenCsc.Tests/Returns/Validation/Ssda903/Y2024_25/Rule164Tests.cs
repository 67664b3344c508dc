using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule164Tests
{
    [Fact]
    public void DistanceNotFrom0To999Point9_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule164(), """
            Header
            CHILD,UASC
            1,0
            2,1

            Episodes
            CHILD,PL_DISTANCE
            1,0
            1,999.9
            1,1000
            1,-1
            1,far
            2,1000
            """);

        Assert.Equal(["Episodes:2", "Episodes:3", "Episodes:4"], flagged);
    }
}
