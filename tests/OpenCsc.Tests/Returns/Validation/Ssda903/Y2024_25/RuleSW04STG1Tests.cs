using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW04STG1Tests
{
    [Fact]
    public void NotADate_IsFlagged_MaskedPartsAndBlankAreNot()
    {
        string[] flagged = RuleHarness.Run(new RuleSW04STG1(), """
            SWEpisodes
            CHILD,SW_DECOM
            1,01/04/2026
            2,ZZ/ZZ/ZZZZ
            3,01/01/ZZZZ
            4,zz
            5,31/02/2026
            6,
            """);

        Assert.Equal(["SWEpisodes:3", "SWEpisodes:4"], flagged);
    }
}
