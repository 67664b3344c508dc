using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule379Tests
{
    [Fact]
    public void UnspecifiedTemporaryOverSevenDays_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule379(), """
            Episodes
            CHILD,DECOM,DEC,PLACE
            1,01/05/2026,08/05/2026,T4
            2,01/05/2026,09/05/2026,T4
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
