using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule704Tests
{
    [Fact]
    public void EndOutsideTheYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule704(), """
            DoLo
            CHILD,DOLO_END
            1,31/03/2026
            2,01/04/2026
            3,31/03/2027
            4,01/04/2027
            5,
            """);

        Assert.Equal(["DoLo:0", "DoLo:3"], flagged);
    }
}
