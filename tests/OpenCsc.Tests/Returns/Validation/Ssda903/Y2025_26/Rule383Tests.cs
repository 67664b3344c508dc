using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

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
            2,01/06/2026,U1,P,ZZ9 9ZZ
            """);

        Assert.Equal(["Episodes:5"], flagged);
    }
}
