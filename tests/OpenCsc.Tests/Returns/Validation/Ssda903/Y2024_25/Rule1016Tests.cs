using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1016Tests
{
    [Fact]
    public void CareLeaver17Or18_WhoLeftCareOnOrAfterTheBirthday_IsFlagged()
    {
        // The year ends 31/03/2027. 1: 17 (born 01/06/2009), left on the 17th birthday: flagged. 2: left the day before.
        // 3: 18 (born 01/06/2008), left on the 18th birthday: flagged. 4: 16. 5: no care leaver items. 6: still open.
        string[] flagged = RuleHarness.Run(new Rule1016(), """
            OC3
            CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
            1,01/06/2009,YES,,
            2,01/06/2009,YES,,
            3,01/06/2008,,F1,
            4,01/06/2010,YES,,
            5,01/06/2009,,,
            6,01/06/2009,YES,,

            Episodes
            CHILD,DEC
            1,01/06/2026
            2,31/05/2026
            3,01/06/2026
            4,01/06/2026
            5,01/06/2026
            6,
            """);

        Assert.Equal(["OC3:0", "OC3:2"], flagged);
    }
}
