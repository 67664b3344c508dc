using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule103Tests
{
    [Fact]
    public void HeaderEthnic_NotInTheCodeList_IsFlagged_BlankToo()
    {
        string[] flagged = RuleHarness.Run(new Rule103(), """
            Header
            CHILD,ETHNIC
            1,WBRI
            2,NOBT
            3,X9
            4,wbri
            5,
            """);

        Assert.Equal(["Header:2", "Header:3", "Header:4"], flagged);
    }
}
