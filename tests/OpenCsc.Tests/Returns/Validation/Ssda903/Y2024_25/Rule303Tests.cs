using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule303Tests
{
    [Fact]
    public void DucForAChildNotCodedUasc_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule303(), """
            Header
            CHILD,UASC
            1,1
            2,0

            UASC
            CHILD,DUC
            1,01/05/2026
            2,01/05/2026
            """);

        Assert.Equal(["Header:1", "UASC:1"], flagged);
    }
}
