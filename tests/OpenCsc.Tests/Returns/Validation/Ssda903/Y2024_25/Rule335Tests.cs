using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule335Tests
{
    [Fact]
    public void FosterCarerFlagContradictsTheLastPlacement_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule335(), """
            Episodes
            CHILD,PLACE,REC
            1,A3,E11
            2,A4,E12
            3,A3,E11
            4,A4,X1

            AD1
            CHILD,FOSTER_CARE
            1,0
            2,1
            3,1
            4,1
            """);

        Assert.Equal(["AD1:0", "AD1:1", "Episodes:0", "Episodes:1"], flagged);
    }
}
