using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule174Tests
{
    [Fact]
    public void MaleWithMothersChildDob_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule174(), """
            Header
            CHILD,SEX,MC_DOB
            1,M,01/01/2026
            2,F,01/01/2026
            3,M,
            4,U,01/01/2026
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
