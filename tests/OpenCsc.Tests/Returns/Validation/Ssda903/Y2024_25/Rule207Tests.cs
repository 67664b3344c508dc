using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule207Tests
{
    [Fact]
    public void MotherLastYear_NotThisYear_WithEpisodes_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule207(), """
            Header
            CHILD,MOTHER
            1,0
            2,1
            3,0

            Header_last
            CHILD,MOTHER
            1,1
            2,1
            3,1

            Episodes
            CHILD,DECOM
            1,01/05/2026
            2,01/05/2026
            """);

        Assert.Equal(["Header:0"], flagged);
    }
}
