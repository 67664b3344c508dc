using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule388Tests
{
    [Fact]
    public void X1WithoutAContinuationEpisode_OrContinuationWithoutX1_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule388(), """
            Episodes
            CHILD,DECOM,DEC,REC
            1,01/04/2026,01/05/2026,X1
            1,01/05/2026,,
            2,01/04/2026,01/05/2026,X1
            2,02/05/2026,,
            3,01/04/2026,01/05/2026,E11
            3,01/05/2026,,
            4,01/04/2026,01/05/2026,X1
            """);

        Assert.Equal(["Episodes:2", "Episodes:4", "Episodes:6"], flagged);
    }
}
