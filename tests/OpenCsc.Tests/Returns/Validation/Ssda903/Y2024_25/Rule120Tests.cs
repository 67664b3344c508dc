using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule120Tests
{
    [Fact]
    public void PlacedAdoptionReasonPlacedCeased_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule120(), """
            PlacedAdoption
            CHILD,REASON_PLACED_CEASED
            1,RD1
            2,RD4
            3,X9
            4,rd1
            5,
            """);

        Assert.Equal(["PlacedAdoption:2", "PlacedAdoption:3"], flagged);
    }
}
