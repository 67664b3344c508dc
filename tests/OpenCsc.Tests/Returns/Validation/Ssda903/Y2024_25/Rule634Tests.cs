using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule634Tests
{
    [Fact]
    public void PreviousPermanenceForAChildNotStartingCareInTheYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule634(), """
            Episodes
            CHILD,DECOM
            1,01/03/2026
            2,01/03/2026
            2,01/05/2026

            PrevPerm
            CHILD,PREV_PERM,DATE_PERM,LA_PERM
            1,Z1,,
            2,Z1,,
            """);

        Assert.Equal(["Episodes:0", "PrevPerm:0"], flagged);
    }
}
