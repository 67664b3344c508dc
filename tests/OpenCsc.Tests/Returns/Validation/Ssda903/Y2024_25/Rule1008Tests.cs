using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1008Tests
{
    [Fact]
    public void Urn_NotInTheProviderInformation_IsFlagged()
    {
        // Row 0: listed. Row 1: listed, other case. Row 2: not listed. Row 3: no URN. Row 4: the placeholder.
        // Row 5: six Xs are not the placeholder. Row 6: a listed URN with no other column filled in.
        string[] flagged = RuleHarness.Run(new Rule1008(), """
            Episodes
            CHILD,URN
            1,SC000001
            2,sc000001
            3,SC000009
            4,
            5,XXXXXXX
            6,XXXXXX
            7,1234567

            Provider Info
            URN,POSTCODE
            SC000001,N11AA
            1234567,
            """);

        Assert.Equal(["Episodes:2", "Episodes:5"], flagged);
    }
}
