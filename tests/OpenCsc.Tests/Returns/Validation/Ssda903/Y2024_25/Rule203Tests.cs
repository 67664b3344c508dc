using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule203Tests
{
    [Fact]
    public void DobDifferentFromLastYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule203(), """
            Header
            CHILD,DOB
            1,01/05/2010
            2,01/05/2010
            3,1/5/2010

            Header_last
            CHILD,DOB
            1,01/05/2010
            2,02/05/2010
            3,01/05/2010
            """);

        Assert.Equal(["Header:1"], flagged);
    }
}
