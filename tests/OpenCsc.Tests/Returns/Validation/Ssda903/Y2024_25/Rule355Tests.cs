using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule355Tests
{
    [Fact]
    public void EndingTheDayItStarted_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule355(), """
            Episodes
            CHILD,DECOM,DEC
            1,01/05/2026,01/05/2026
            2,01/05/2026,02/05/2026
            3,01/05/2026,
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
