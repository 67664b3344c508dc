using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1006Tests
{
    [Fact]
    public void MissingMissing_NotInTheCodeList_IsFlagged_BlankAllowed()
    {
        string[] flagged = RuleHarness.Run(new Rule1006(), """
            Missing
            CHILD,MISSING
            1,M
            2,A
            3,X9
            4,m
            5,
            """);

        Assert.Equal(["Missing:2", "Missing:3"], flagged);
    }
}
