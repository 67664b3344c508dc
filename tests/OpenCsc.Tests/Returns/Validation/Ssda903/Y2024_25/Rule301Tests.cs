using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule301Tests
{
    [Fact]
    public void BirthAfterTheYearEnds_IsFlagged_OnTheLastDayIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule301(), """
            Header
            CHILD,DOB
            1,31/03/2027
            2,01/04/2027
            3,01/01/2010
            """);

        Assert.Equal(["Header:1"], flagged);
    }
}
