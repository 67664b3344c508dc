using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule214Tests
{
    [Fact]
    public void RespiteWithPlacementPostcodeOrUrn_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule214(), """
            Episodes
            CHILD,LS,PL_POST,URN
            1,V3,AB1 2CD,
            2,V4,,SC123456
            3,V3,,
            4,C2,AB1 2CD,SC123456
            """);

        Assert.Equal(["Episodes:0", "Episodes:1"], flagged);
    }
}
