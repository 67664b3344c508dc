using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule101Tests
{
    [Fact]
    public void HeaderSex_NotInTheCodeList_IsFlagged_BlankToo()
    {
        string[] flagged = RuleHarness.Run(new Rule101(), """
            Header
            CHILD,SEX
            1,M
            2,U
            3,X9
            4,m
            5,
            """);

        Assert.Equal(["Header:2", "Header:3", "Header:4"], flagged);
    }
}
