using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule411Tests
{
    [Fact]
    public void PlacementInside_InAnotherAuthoritysArea_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule411(), """
            Episodes
            CHILD,PL_LA,PL_LOCATION
            1,E09000001,IN
            2,E09000002,IN
            3,E09000002,OUT
            4,,IN
            5,E09000001,
            """, localAuthority: "E09000001");

        Assert.Equal(["Episodes:1", "Episodes:3"], flagged);
    }

    [Fact]
    public void WithoutTheLocalAuthority_TheRuleIsNotRun()
    {
        ValidationReport report = Ssda903Validator.Validate(RuleHarness.Parse("""
            Episodes
            CHILD,PL_LA,PL_LOCATION
            1,E09000002,IN
            """), [new Rule411()], RuleHarness.Start, RuleHarness.End);

        Assert.Empty(report.Failures);
        Assert.Equal(["411"], report.Missing.Single().Rules);
    }
}
