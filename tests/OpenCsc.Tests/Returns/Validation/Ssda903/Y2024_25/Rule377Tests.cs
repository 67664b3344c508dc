using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule377Tests
{
    [Fact]
    public void ThreeCarersHolidayPlacements_FlagsEach()
    {
        string[] flagged = RuleHarness.Run(new Rule377(), """
            Episodes
            CHILD,PLACE
            1,T3
            1,T3
            1,T3
            1,U1
            2,T3
            2,T3
            """);

        Assert.Equal(["Episodes:0", "Episodes:1", "Episodes:2"], flagged);
    }
}
