using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule545Tests
{
    [Fact]
    public void Under5LookedAfter12Months_WithoutHealthCheck_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule545(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/01/2025,,S,,C2
            2,01/01/2025,,S,,C2

            OC2
            CHILD,DOB,HEALTH_CHECK
            1,01/04/2022,
            2,31/03/2022,
            """);

        Assert.Equal(["OC2:0"], flagged);
    }
}
