using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule148Tests
{
    [Fact]
    public void DateOrReasonCeasedWithoutTheOther_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule148(), """
            Episodes
            CHILD,DEC,REC
            1,01/05/2026,E11
            2,01/05/2026,
            3,,E11
            4,,
            """);

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
