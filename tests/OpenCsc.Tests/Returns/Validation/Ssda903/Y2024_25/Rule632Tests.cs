using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule632Tests
{
    [Fact]
    public void PermanenceDate_NotADate_OrNotBeforeTheFirstEpisode_IsFlagged()
    {
        // First episodes: 1-7 on 01/06/2026 (child 1's later episode is not the first). 1: the day of the first: flagged.
        // 2: the day before. 3: ZZ/05/2026 is at latest 31/05: fine. 4: ZZ/06/2026 may be 30/06: flagged.
        // 5: ZZ/ZZ/ZZZZ is unknown. 6: not a date: flagged. 7: blank.
        string[] flagged = RuleHarness.Run(new Rule632(), """
            Episodes
            CHILD,DECOM
            1,01/06/2026
            1,01/09/2026
            2,01/06/2026
            3,01/06/2026
            4,01/06/2026
            5,01/06/2026
            6,01/06/2026
            7,01/06/2026

            PrevPerm
            CHILD,DATE_PERM
            1,01/06/2026
            2,31/05/2026
            3,ZZ/05/2026
            4,ZZ/06/2026
            5,ZZ/ZZ/ZZZZ
            6,31/02/2020
            7,
            """);

        Assert.Equal(["Episodes:0", "Episodes:4", "Episodes:6", "PrevPerm:0", "PrevPerm:3", "PrevPerm:5"], flagged);
    }
}
