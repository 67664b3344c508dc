using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule224Tests
{
    [Fact]
    public void PlacementProvider_NotAmongTheProvidersCodes_IsFlagged()
    {
        // Row 0: PR4 is URN 1's. Row 1: PR1 is not. Row 2: the placeholder. Row 3: URN not listed. Row 4: URN 2 has
        // no codes. Row 5: no provider code. Row 6: URN 3 listed twice (PR3 and PR3,PR4): PR4 is not in the first row.
        string[] flagged = RuleHarness.Run(new Rule224(), """
            Episodes
            CHILD,PLACE_PROVIDER,URN
            1,PR4,SC000001
            2,PR1,SC000001
            3,PR1,XXXXXXX
            4,PR4,SC000009
            5,PR4,SC000002
            6,,SC000001
            7,PR4,SC000003
            8,PR3,SC000003

            Provider Info
            URN,PROVIDER_CODES
            SC000001,PR3/PR4
            SC000002,
            SC000003,PR3
            SC000003,PR3/PR4
            """);

        Assert.Equal(["Episodes:1", "Episodes:3", "Episodes:4", "Episodes:5", "Episodes:6"], flagged);
    }

    [Fact]
    public void WithoutTheProviderCodesColumn_TheRuleIsNotRun()
    {
        var report = OpenCsc.Returns.Validation.Ssda903.Ssda903Validator.Validate(RuleHarness.Parse("""
            Episodes
            CHILD,PLACE_PROVIDER,URN
            1,PR4,SC000001

            Provider Info
            URN,PLACE_CODES
            SC000001,K2
            """), [new Rule224()], RuleHarness.Start, RuleHarness.End);

        Assert.Empty(report.Failures);
        Assert.Equal("PROVIDER_CODES", Assert.Single(report.Missing).Column);
    }
}
