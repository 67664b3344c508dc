using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule446Tests
{
    [Fact]
    public void E1BeforeDecember2005_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule446(), """
            Episodes
            CHILD,LS,DECOM
            1,E1,30/11/2005
            2,E1,01/12/2005
            3,C2,30/11/2005
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
