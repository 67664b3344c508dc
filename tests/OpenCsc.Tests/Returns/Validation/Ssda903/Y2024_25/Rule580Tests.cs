using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule580Tests
{
    [Fact]
    public void MissingUntilThe18thBirthday_WhenCareEnded_NeedsE8()
    {
        // 1: missing until the 18th birthday, the day care ended E4A: flagged. 2: the same with E8. 3: missing ended the
        // day before the birthday. 4: care ended the day after.
        string[] flagged = RuleHarness.Run(new Rule580(), """
            Episodes
            CHILD,DEC,REC
            1,01/06/2026,E4A
            2,01/06/2026,E8
            3,01/06/2026,E4A
            4,02/06/2026,E4A

            Missing
            CHILD,DOB,MIS_END
            1,01/06/2008,01/06/2026
            2,01/06/2008,01/06/2026
            3,01/06/2008,31/05/2026
            4,01/06/2008,01/06/2026
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
