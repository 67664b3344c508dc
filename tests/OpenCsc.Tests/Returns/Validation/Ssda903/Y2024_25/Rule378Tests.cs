using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule378Tests
{
    [Fact]
    public void PlacedWithParentsUnderSection20_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule378(), """
            Episodes
            CHILD,PLACE,LS
            1,P1,V2
            2,P1,C2
            3,U1,V2
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
