using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule633Tests
{
    [Fact]
    public void LaCode_NotAnEnglishLaOrOutsideEnglandCode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule633(), """
            PrevPerm
            CHILD,LA_PERM
            1,302
            2,WAL
            3,123
            4,wal
            5,
            """);

        Assert.Equal(["PrevPerm:2", "PrevPerm:3"], flagged);
    }
}
