using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule367Tests
{
    [Fact]
    public void ShortBreaksOver75DaysInTheYear_FlagEveryEpisodeCounted()
    {
        // Child 1: 01/04-16/06 is 76 days. Child 2: 75 days exactly (01/03-15/06 cut to 01/04). Child 3: 40 + 36 days.
        // Child 4: open from 01/01/2027 to 31/03/2027 is 89 days. Child 5: 80 days but C2.
        string[] flagged = RuleHarness.Run(new Rule367(), """
            Episodes
            CHILD,LS,DECOM,DEC
            1,V3,01/04/2026,16/06/2026
            2,V3,01/03/2026,15/06/2026
            3,V3,01/05/2026,10/06/2026
            3,V3,01/07/2026,06/08/2026
            3,C2,01/09/2026,
            4,V3,01/01/2027,
            5,C2,01/04/2026,20/06/2026
            """);

        Assert.Equal(["Episodes:0", "Episodes:2", "Episodes:3", "Episodes:5"], flagged);
    }
}
