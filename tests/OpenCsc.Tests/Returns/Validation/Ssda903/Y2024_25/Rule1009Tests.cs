using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1009Tests
{
    [Fact]
    public void EpisodesReasonPlaceChange_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule1009(), """
            Episodes
            CHILD,REASON_PLACE_CHANGE
            1,CARPL
            2,OTHER
            3,X9
            4,carpl
            5,
            """);

        Assert.Equal(["Episodes:2", "Episodes:3"], flagged);
    }
}
