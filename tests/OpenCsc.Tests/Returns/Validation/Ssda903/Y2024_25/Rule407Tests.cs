using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule407Tests
{
    [Fact]
    public void SpecialGuardianshipAfter18thBirthday_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule407(), """
            Header
            CHILD,DOB
            1,01/05/2008
            2,01/05/2008

            Episodes
            CHILD,DEC,REC
            1,01/05/2026,E45
            2,02/05/2026,E48
            """);

        Assert.Equal(["Episodes:1", "Header:1"], flagged);
    }
}
