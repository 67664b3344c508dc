using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule398Tests
{
    [Fact]
    public void RespiteWithPostcodes_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule398(), """
            Episodes
            CHILD,LS,HOME_POST,PL_POST
            1,V3,AB1 2CD,
            2,V4,,AB1 2CD
            3,V3,,
            4,C2,AB1 2CD,AB1 2CD
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
