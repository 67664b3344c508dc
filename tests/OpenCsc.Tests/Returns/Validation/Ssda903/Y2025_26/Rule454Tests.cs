using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule454Tests
{
    [Fact]
    public void DistanceOver350Miles_IsFlagged_Unknown999Point9IsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule454(), """
            Episodes
            CHILD,PL_DISTANCE
            1,350
            2,350.1
            3,999.9
            4,
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
