using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule385Tests
{
    [Fact]
    public void EndAfterTheYearEnds_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule385(), """
            Episodes
            CHILD,DEC
            1,31/03/2027
            2,01/04/2027
            3,
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
