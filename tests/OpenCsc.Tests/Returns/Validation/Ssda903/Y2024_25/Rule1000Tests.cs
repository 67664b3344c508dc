using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1000Tests
{
    [Fact]
    public void CareLeaverWhoDiedInCare_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule1000(), """
            Episodes
            CHILD,REC
            1,E2
            2,E11

            Episodes_last
            CHILD,REC
            3,E2

            OC3
            CHILD
            1
            2
            3
            """);

        Assert.Equal(["OC3:0", "OC3:2"], flagged);
    }
}
