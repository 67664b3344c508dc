using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule392bTests
{
    [Fact]
    public void LookedAfterWithoutPostcodes_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule392b(), """
            UASC
            CHILD,DUC
            2,01/01/2027

            Episodes
            CHILD,LS,HOME_POST,PL_POST
            1,C2,AB1 2CD,
            2,C2,,
            3,V3,,
            1,C2,AB1 2CD,AB2 3EF
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
