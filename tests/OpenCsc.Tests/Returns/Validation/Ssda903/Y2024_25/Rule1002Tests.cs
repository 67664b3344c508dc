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

    [Fact]
    public void CareLeaverWithAnEpisodeInAnEarlierReturn_IsNotFlagged()
    {
        // Child 3 left care before last year: the earlier returns hold its episode, so only child 4 is flagged.
        string[] flagged = RuleHarness.Run(new Rule1002(), """
            Episodes
            CHILD
            1

            Episodes_last
            CHILD
            2

            Episodes_earlier
            CHILD
            3

            OC3
            CHILD
            1
            2
            3
            4
            """);

        Assert.Equal(["OC3:3"], flagged);
    }
}
