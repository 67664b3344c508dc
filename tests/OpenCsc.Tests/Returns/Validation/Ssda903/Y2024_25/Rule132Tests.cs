using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule132Tests
{
    [Fact]
    public void Activity_InvalidOrBlank_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule132(), """
            OC3
            CHILD,ACTIV
            1,F1
            2,0
            3,F3
            4,f1
            5,
            """);

        Assert.Equal(["OC3:2", "OC3:3", "OC3:4"], flagged);
    }
}
