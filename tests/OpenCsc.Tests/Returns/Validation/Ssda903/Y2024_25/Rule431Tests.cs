using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule431Tests
{
    [Fact]
    public void NewPeriodOfCare_OnOrBeforeThePreviousEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule431(), """
            Episodes
            CHILD,DECOM,DEC,RNE
            1,01/04/2026,01/05/2026,S
            1,01/05/2026,,S
            2,01/04/2026,01/05/2026,S
            2,02/05/2026,,S
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
