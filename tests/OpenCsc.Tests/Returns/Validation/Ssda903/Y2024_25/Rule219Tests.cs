using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule219Tests
{
    [Fact]
    public void PlacementType_NotAmongTheProvidersPlacementCodes_IsFlagged()
    {
        // Row 0: K2 is one of URN 1's codes. Row 1: PR5 is not. Row 2: no URN. Row 3: the placeholder XXXXXXX.
        // Row 4: URN 9 is not in the list. Row 5: URN 2 lists no codes. Row 6: no placement type. Row 7: K1 of "K1 / K2".
        string[] flagged = RuleHarness.Run(new Rule219(), """
            Episodes
            CHILD,PLACE,URN
            1,K2,SC000001
            2,PR5,SC000001
            3,K2,
            4,K2,XXXXXXX
            5,K2,SC000009
            6,K2,SC000002
            7,,SC000001
            8,K1,SC000003

            Provider Info
            URN,PLACE_CODES
            SC000001,K2/R1
            SC000002,
            SC000003,K1 / K2
            """);

        Assert.Equal(["Episodes:1", "Episodes:4", "Episodes:5", "Episodes:6"], flagged);
    }

    [Fact]
    public void WithoutProviderInformation_TheRuleIsNotRun_AndSaysSo()
    {
        ValidationReport report = Ssda903Validator.Validate(RuleHarness.Parse("""
            Episodes
            CHILD,PLACE,URN
            1,K2,SC000001
            """), [new Rule219()], RuleHarness.Start, RuleHarness.End);

        Assert.Empty(report.Failures);
        MissingInput missing = Assert.Single(report.Missing);
        Assert.Equal((Ssda903ProviderInfo.TableName, (string?)null, "219"), (missing.Table, missing.Column, missing.Rules.Single()));
    }
}
