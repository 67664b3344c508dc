using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule381Tests
{
    [Fact]
    public void TemporaryPlacement_EndingCare_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule381(), """
            Episodes
            CHILD,PLACE,REC
            1,T1,E11
            2,T2,X1
            3,T3,
            4,U1,E11
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
