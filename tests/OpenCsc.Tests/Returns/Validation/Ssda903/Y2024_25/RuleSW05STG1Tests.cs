using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW05STG1Tests
{
    [Fact]
    public void NotADate_IsFlagged_MaskedPartsAndBlankAreNot()
    {
        string[] flagged = RuleHarness.Run(new RuleSW05STG1(), """
            SWEpisodes
            CHILD,SW_DEC
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
