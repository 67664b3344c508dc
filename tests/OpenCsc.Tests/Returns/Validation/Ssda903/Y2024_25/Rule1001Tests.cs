using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1001Tests
{
    [Fact]
    public void CareLeaver_WhoWasNotARelevantChild_IsFlagged()
    {
        // All born 01/01/2008 (14 on 01/01/2022, 16 on 01/01/2024); the year ends 31/03/2027.
        // 1: 31 + 60 = 91 days after 14 (across both years, last year's duplicate counted once), 29 after 16: fine.
        // 2: 31 + 59 = 90 days: flagged. 3: 91 days, all before 16: flagged. 4: adopted last: flagged. 5: respite only: flagged.
        // 6: not in Header: flagged. 7: 20 at the end of the year: not checked.
        string[] flagged = RuleHarness.Run(new Rule1001(), """
            Header
            CHILD,DOB
            1,01/01/2008
            2,01/01/2008
            3,01/01/2008
            4,01/01/2008
            5,01/01/2008
            7,01/01/2007

            Episodes
            CHILD,DECOM,DEC,LS,REC
            1,01/12/2023,30/01/2024,C2,E4A
            2,01/12/2023,29/01/2024,C2,E4A
            4,01/12/2023,01/02/2024,C2,E11
            5,01/12/2023,01/02/2024,V3,E4A

            Episodes_last
            CHILD,DECOM,DEC,LS,REC
            1,01/12/2023,30/01/2024,C2,E4A
            1,01/01/2023,01/02/2023,C2,E4A
            2,01/01/2023,01/02/2023,C2,E4A
            3,01/01/2023,02/04/2023,C2,E4A
            4,01/01/2023,01/02/2023,C2,E4A

            OC3
            CHILD
            1
            2
            3
            4
            5
            6
            7
            """);

        Assert.Equal(["OC3:1", "OC3:2", "OC3:3", "OC3:4", "OC3:5"], flagged);
    }
}
