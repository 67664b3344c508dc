using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule119Tests
{
    [Fact]
    public void DateOrReasonWithoutTheOther_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule119(), """
            PlacedAdoption
            CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED
            1,01/05/2026,RD1
            2,01/05/2026,
            3,,RD1
            4,,
            """);

        Assert.Equal(["PlacedAdoption:1", "PlacedAdoption:2"], flagged);
    }
}
