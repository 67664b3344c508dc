using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleEPITests
{
    [Fact]
    public void ChildWithoutEpisodesOrCareLeaverRecord_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleEPI(), """
            Header
            CHILD
            1
            2
            3

            Episodes
            CHILD
            1

            OC3
            CHILD
            2
            """);

        Assert.Equal(["Header:2"], flagged);
    }
}
