using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule351Tests
{
    [Fact]
    public void Over25AtTheStartOfTheYear_IsFlagged_25ThatDayIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule351(), """
            Header
            CHILD,DOB
            1,01/04/2001
            2,31/03/2001
            3,02/04/2001
            """);

        Assert.Equal(["Header:1"], flagged);
    }
}
