using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule229Tests
{
    private const string Tables = """
        Episodes
        CHILD,PLACE_PROVIDER,URN
        1,PR1,SC000001
        2,PR1,SC000002
        3,PR2,SC000001
        4,PR2,SC000002
        5,PR1,SC000009
        6,PR2,SC000009
        7,PR1,SC000003
        8,PR3,SC000002
        9,PR1,XXXXXXX

        Provider Info
        URN,LA_CODE_INFERRED
        SC000001,E09000001
        SC000002,E09000002
        SC000003,
        """;

    [Fact]
    public void OwnProvision_OutsideTheArea_OrOthersProvision_InsideIt_IsFlagged()
    {
        // The authority is E09000001. Row 0: own provision (PR1) in its area: passes. Row 1: PR1 elsewhere: flagged.
        // Row 2: another authority's provision (PR2) in this area: flagged. Row 3: PR2 elsewhere: passes. Row 4: PR1 at
        // an unknown URN: flagged. Row 5: PR2 at an unknown URN: passes. Row 6: PR1 at a provider of no known area:
        // flagged. Row 7: PR3 is not checked. Row 8: the placeholder.
        string[] flagged = RuleHarness.Run(new Rule229(), Tables, localAuthority: "E09000001");

        Assert.Equal(["Episodes:1", "Episodes:2", "Episodes:4", "Episodes:6"], flagged);
    }

    [Fact]
    public void WithoutTheLocalAuthority_TheRuleIsNotRun()
    {
        ValidationReport report = Ssda903Validator.Validate(RuleHarness.Parse(Tables), [new Rule229()], RuleHarness.Start, RuleHarness.End);

        Assert.Empty(report.Failures);
        Assert.Equal("options", Assert.Single(report.Missing).Table);
    }
}
