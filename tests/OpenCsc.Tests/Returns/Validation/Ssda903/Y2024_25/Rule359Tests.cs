using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule359Tests
{
    [Fact]
    public void OpenEpisodeAfter18_NotV2K2_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule359(), """
            Header
            CHILD,DOB
            1,30/03/2009
            2,31/03/2009
            3,01/01/2008

            Episodes
            CHILD,DEC,LS,PLACE
            1,,C2,U1
            2,,C2,U1
            3,,V2,K2
            3,01/05/2026,C2,U1
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
