using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule441Tests
{
    [Fact]
    public void ParticipationCodeBeforeThe4thBirthday_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule441(), """
            Reviews
            CHILD,DOB,REVIEW,REVIEW_CODE
            1,01/05/2022,30/04/2026,PN1
            2,01/05/2022,01/05/2026,PN7
            3,01/05/2022,30/04/2026,PN0
            """);

        Assert.Equal(["Reviews:0"], flagged);
    }
}
