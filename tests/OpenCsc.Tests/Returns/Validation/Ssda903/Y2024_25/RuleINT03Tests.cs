using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT03Tests
{
    [Fact]
    public void EpisodesChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT03(), """
            Header
            CHILD
            1
            2

            Episodes
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["Episodes:1", "Episodes:3"], flagged);
    }
}
