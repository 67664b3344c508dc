using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule630Tests
{
    [Fact]
    public void StartedCareInTheYear_WithoutACompletePreviousPermanenceRow_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule630(), """
            Episodes
            CHILD,DECOM,RNE
            1,01/05/2026,S
            2,01/05/2026,S
            3,01/05/2026,S
            4,01/05/2026,S
            5,01/03/2026,S

            PrevPerm
            CHILD,PREV_PERM,LA_PERM,DATE_PERM
            1,Z1,,
            2,P1,302,01/01/2020
            3,P1,,
            """);

        Assert.Equal(["Episodes:2", "Episodes:3"], flagged);
    }
}
