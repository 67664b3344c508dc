using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule383Tests
{
    [Fact]
    public void AfterATemporaryPlacement_NotBackToTheSamePlacement_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule383(), """
            Episodes
            CHILD,DECOM,PLACE,RNE,PL_POST
            1,01/04/2026,U1,S,AB1 2CD
            1,01/05/2026,T1,P,
            1,01/06/2026,U1,P,AB1 2CD
            2,01/04/2026,U1,S,AB1 2CD
            2,01/05/2026,T1,P,
            2,01/06/2026,U2,P,AB1 2CD
            3,01/04/2026,U1,S,AB1 2CD
            3,01/05/2026,T1,P,
            3,01/06/2026,U1,B,AB1 2CD
            """);

        Assert.Equal(["Episodes:5", "Episodes:8"], flagged);
    }
}
