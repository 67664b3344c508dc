using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule635Tests
{
    [Fact]
    public void LaOrDate_WithZ1OrNoOption_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule635(), """
            PrevPerm
            CHILD,PREV_PERM,LA_PERM,DATE_PERM
            1,Z1,302,
            2,Z1,,01/05/2020
            3,,302,
            4,P1,302,01/05/2020
            5,Z1,,
            """);

        Assert.Equal(["PrevPerm:0", "PrevPerm:1", "PrevPerm:2"], flagged);
    }
}
