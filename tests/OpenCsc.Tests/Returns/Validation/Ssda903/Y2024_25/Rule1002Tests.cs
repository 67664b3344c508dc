using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1002Tests
{
    [Fact]
    public void CareLeaverWithNoEpisodesThisYearOrLast_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule1002(), """
            Episodes
            CHILD
            1

            Episodes_last
            CHILD
            2

            OC3
            CHILD
            1
            2
            3
            """);

        Assert.Equal(["OC3:2"], flagged);
    }
}
