using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule226Tests
{
    [Fact]
    public void TemporaryPlacement_WithAReasonOnItOrTheEpisodeBefore_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule226(), """
            Episodes
            CHILD,DECOM,PLACE,REASON_PLACE_CHANGE
            1,01/04/2026,U1,CARPL
            1,01/05/2026,T1,
            2,01/04/2026,T2,CARPL
            3,01/04/2026,U1,
            3,01/05/2026,T1,
            """);

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
