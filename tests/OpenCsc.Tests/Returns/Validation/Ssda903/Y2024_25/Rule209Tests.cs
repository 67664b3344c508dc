using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule209Tests
{
    [Fact]
    public void Un1_ForAChildFourOrOverOnThe31AugustBeforeTheYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule209(), """
            Header
            CHILD,UPN,DOB
            1,UN1,31/08/2021
            2,UN1,01/09/2021
            3,UN2,01/01/2010
            4,A123456789012,01/01/2010
            5,UN1,
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
