using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule142Tests
{
    [Fact]
    public void EarlierEpisodeNotEnded_IsFlagged_TheLatestIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule142(), """
            Episodes
            CHILD,DECOM,DEC,REC
            1,01/05/2026,,
            1,01/04/2026,01/05/2026,
            1,01/03/2026,01/04/2026,X1
            2,01/04/2026,,
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
