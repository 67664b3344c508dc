using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule221Tests
{
    [Fact]
    public void PlacementPostcode_NotTheProviders_IsFlagged()
    {
        // Provider SC000001 is at "N1 1AA" (written N11AA). Row 0: same postcode, other spacing and case: passes.
        // Row 1: another postcode. Row 2: respite (V3) is not checked. Row 3: placement U1 is not checked.
        // Row 4: no postcode. Row 5: URN not in the list. Row 6: provider without a postcode. Row 7: placeholder.
        // Row 8: a blank legal status is checked (not V3/V4). Row 9: no placement type is not checked.
        string[] flagged = RuleHarness.Run(new Rule221(), """
            Episodes
            CHILD,LS,PLACE,PL_POST,URN
            1,C2,K2,n1 1aa,SC000001
            2,C2,R3,N2 2BB,SC000001
            3,V3,K1,N2 2BB,SC000001
            4,C2,U1,N2 2BB,SC000001
            5,C2,S1,,SC000001
            6,C2,K3,N1 1AA,SC000009
            7,C2,K1,N1 1AA,SC000002
            8,C2,K1,N2 2BB,XXXXXXX
            9,,K1,N2 2BB,SC000001
            10,C2,,N2 2BB,SC000001

            Provider Info
            URN,POSTCODE
            SC000001,N11AA
            SC000002,
            """);

        Assert.Equal(["Episodes:1", "Episodes:5", "Episodes:6", "Episodes:8"], flagged);
    }
}
