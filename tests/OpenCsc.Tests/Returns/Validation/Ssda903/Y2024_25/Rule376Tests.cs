using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule376Tests
{
    [Fact]
    public void CarersHolidayOverThreeWeeks_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule376(), """
            Episodes
            CHILD,DECOM,DEC,PLACE
            1,01/05/2026,22/05/2026,T3
            2,01/05/2026,23/05/2026,T3
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
