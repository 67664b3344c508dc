using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule558Tests
{
    [Fact]
    public void AdoptedChild_WithEveryDecisionToPlaceCeased_IsFlagged()
    {
        // 1: two decisions, both ceased: flagged. 2: one still open. 3: a single ceased decision (the one behind the
        // adoption may be in an earlier return). 4: not adopted.
        string[] flagged = RuleHarness.Run(new Rule558(), """
            Episodes
            CHILD,REC
            1,E11
            2,E12
            3,E11
            4,E4A

            PlacedAdoption
            CHILD,DATE_PLACED_CEASED
            1,01/05/2026
            1,01/06/2026
            2,01/05/2026
            2,
            3,01/05/2026
            4,01/05/2026
            4,01/06/2026
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
