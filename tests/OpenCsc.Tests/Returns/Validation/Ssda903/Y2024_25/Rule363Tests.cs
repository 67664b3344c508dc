using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule363Tests
{
    [Fact]
    public void ChildAssessmentOrderOver7Days_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule363(), """
            Episodes
            CHILD,DECOM,DEC,LS
            1,01/05/2026,08/05/2026,L3
            2,01/05/2026,09/05/2026,L3
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
