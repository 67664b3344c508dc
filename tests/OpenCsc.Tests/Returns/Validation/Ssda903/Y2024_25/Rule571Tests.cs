using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule571Tests
{
    [Fact]
    public void EndOutsideTheYear_IsFlagged_ItsFirstAndLastDaysAreNot()
    {
        string[] flagged = RuleHarness.Run(new Rule571(), """
            Missing
            CHILD,MIS_END
            1,31/03/2026
            2,01/04/2026
            3,31/03/2027
            4,01/04/2027
            5,
            """);

        Assert.Equal(["Missing:0", "Missing:3"], flagged);
    }
}
