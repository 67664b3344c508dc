using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1007Tests
{
    [Fact]
    public void CareLeaver17Or18_LookedAfterOnTheLatestBirthday_IsFlagged()
    {
        // The year ends 31/03/2027; 1-4 turned 17 on 01/06/2026. 1: in care over the birthday: flagged. 2: left on the
        // birthday: fine. 3: still in care (open): flagged. 4: started the day after. 5: 16. 6: no items.
        string[] flagged = RuleHarness.Run(new Rule1007(), """
            OC3
            CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
            1,01/06/2009,YES,,
            2,01/06/2009,YES,,
            3,01/06/2009,YES,,
            4,01/06/2009,YES,,
            5,01/06/2010,YES,,
            6,01/06/2009,,,

            Episodes
            CHILD,DECOM,DEC
            1,01/01/2026,02/06/2026
            2,01/01/2026,01/06/2026
            3,01/06/2026,
            4,02/06/2026,
            5,01/01/2026,
            6,01/01/2026,
            """);

        Assert.Equal(["OC3:0", "OC3:2"], flagged);
    }
}
