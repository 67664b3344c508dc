using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule582Tests
{
    [Fact]
    public void AdoptedTheDayOfMatching_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule582(), """
            Episodes
            CHILD,DEC,REC
            1,01/05/2026,E11
            2,01/05/2026,E12

            AD1
            CHILD,DATE_MATCH
            1,01/05/2026
            2,01/04/2026
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
