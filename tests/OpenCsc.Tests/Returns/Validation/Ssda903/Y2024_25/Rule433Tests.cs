using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule433Tests
{
    [Fact]
    public void ContinuationNotStartingTheDayThePreviousEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule433(), """
            Episodes
            CHILD,DECOM,DEC,RNE
            1,01/04/2026,01/05/2026,S
            1,01/05/2026,,P
            2,01/04/2026,01/05/2026,S
            2,02/05/2026,,L
            3,01/04/2026,,S
            3,01/05/2026,,T
            """);

        Assert.Equal(["Episodes:3", "Episodes:5"], flagged);
    }
}
