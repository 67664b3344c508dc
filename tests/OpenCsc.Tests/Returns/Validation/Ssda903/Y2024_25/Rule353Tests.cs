using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule353Tests
{
    [Fact]
    public void StartBefore14October1991_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule353(), """
            Episodes
            CHILD,DECOM
            1,13/10/1991
            2,14/10/1991
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
