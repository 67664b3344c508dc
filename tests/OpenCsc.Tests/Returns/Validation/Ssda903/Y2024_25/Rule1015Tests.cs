using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1015Tests
{
    [Fact]
    public void OwnProvision_OutsideTheOwnArea_IsFlagged_ExceptFosteringAdoptionAndRespite()
    {
        // 1: own area. 2: another area: flagged. 3: fostering. 4: placed for adoption. 5: respite. 6: another provider.
        // 7: no area given: flagged.
        string[] flagged = RuleHarness.Run(new Rule1015(), """
            Episodes
            CHILD,PLACE,LS,PLACE_PROVIDER,PL_LA
            1,K2,C2,PR1,E09000001
            2,K2,C2,PR1,E09000002
            3,U1,C2,PR1,E09000002
            4,A3,E1,PR1,E09000002
            5,K2,V3,PR1,E09000002
            6,K2,C2,PR2,E09000002
            7,R1,C2,PR1,
            """, localAuthority: "E09000001");

        Assert.Equal(["Episodes:1", "Episodes:6"], flagged);
    }
}
