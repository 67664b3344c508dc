using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule392dTests
{
    [Fact]
    public void SamePostcodes_OtherThanP1_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule392d(), """
            Episodes
            CHILD,PLACE,HOME_POST,PL_POST
            1,U1,AB1 2CD,AB1 2CD
            2,P1,AB1 2CD,AB1 2CD
            3,U1,AB1 2CD,AB2 3EF
            4,U1,,
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
