using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule516Tests
{
    [Fact]
    public void SpecialGuardianshipByFormerFosterCarers_NotFromFostering_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule516(), """
            Episodes
            CHILD,REC,PLACE
            1,E45,U1
            2,E46,K2
            3,E47,K2
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
