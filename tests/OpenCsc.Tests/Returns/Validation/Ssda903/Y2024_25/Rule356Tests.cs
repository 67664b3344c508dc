using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule356Tests
{
    [Fact]
    public void EndBeforeStart_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule356(), """
            Episodes
            CHILD,DECOM,DEC
            1,02/05/2026,01/05/2026
            2,02/05/2026,02/05/2026
            3,02/05/2026,
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
