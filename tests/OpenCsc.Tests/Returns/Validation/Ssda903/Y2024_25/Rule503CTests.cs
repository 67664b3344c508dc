using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503CTests
{
    [Fact]
    public void NeedDifferentFromLastYearsOpenEpisode_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule503C(), """
            Episodes
            CHILD,DECOM,CIN
            1,01/03/2026,N1
            2,01/03/2026,N1

            Episodes_last
            CHILD,DECOM,DEC,CIN
            1,01/03/2026,,N1
            2,01/03/2026,,N2
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
