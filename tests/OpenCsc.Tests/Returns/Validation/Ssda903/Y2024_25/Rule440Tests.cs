using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule440Tests
{
    [Fact]
    public void Pn0AfterThe4thBirthday_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule440(), """
            Reviews
            CHILD,DOB,REVIEW,REVIEW_CODE
            1,01/05/2022,01/05/2026,PN0
            2,01/05/2022,02/05/2026,PN0
            3,01/05/2022,02/05/2026,PN1
            """);

        Assert.Equal(["Reviews:1"], flagged);
    }
}
