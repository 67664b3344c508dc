using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule354Tests
{
    [Fact]
    public void StartAfterTheYearEnds_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule354(), """
            Episodes
            CHILD,DECOM
            1,31/03/2027
            2,01/04/2027
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
