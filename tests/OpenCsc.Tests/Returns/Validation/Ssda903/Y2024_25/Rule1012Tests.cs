using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1012Tests
{
    [Fact]
    public void OtherDataForAChildWithoutEpisodes_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule1012(), """
            Episodes
            CHILD
            1

            Reviews
            CHILD
            1
            2

            OC2
            CHILD
            3
            """);

        Assert.Equal(["OC2:0", "Reviews:1"], flagged);
    }
}
