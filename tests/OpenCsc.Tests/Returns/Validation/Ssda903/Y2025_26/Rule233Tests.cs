using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule233Tests
{
    [Fact]
    public void ReasonForChangeOnAnOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule233(), """
            Episodes
            CHILD,DEC,REASON_PLACE_CHANGE
            1,,CARPL
            2,01/05/2026,CARPL
            3,,
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
