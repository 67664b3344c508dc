using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule228Tests
{
    [Fact]
    public void Episode_EndingAfterTheProvidersRegistrationEnded_IsFlagged_AnOpenOneRunningToTheYearEnd()
    {
        // SC000001 closed 15/06/2026, SC000002 on 31/03/2027 (the end of the collection year), SC000003 is registered.
        // Row 0 ends the day it closed: passes. Row 1 the day after: flagged. Row 2 is open, so runs to 31/03/2027,
        // after 15/06/2026: flagged. Row 3 is open at a provider closing on 31/03/2027: passes. Row 4: registered.
        // Row 5: URN not listed. Row 6: an end that is not a date counts as open: flagged. Row 7: the placeholder.
        string[] flagged = RuleHarness.Run(new Rule228(), """
            Episodes
            CHILD,DEC,URN
            1,15/06/2026,SC000001
            2,16/06/2026,SC000001
            3,,SC000001
            4,,SC000002
            5,,SC000003
            6,,SC000009
            7,31/13/2026,SC000001
            8,,XXXXXXX

            Provider Info
            URN,REG_END
            SC000001,15/06/2026
            SC000002,31/03/2027
            SC000003,
            """);

        Assert.Equal(["Episodes:1", "Episodes:2", "Episodes:6"], flagged);
    }

    [Fact]
    public void AnOpenEpisode_IsComparedWithTheEndOfTheWindow()
    {
        // Checked in-year to 30/06/2026: the open episode at a provider that closed on 15/06/2026 is flagged, and
        // at one that closes on 31/03/2027 it is not.
        string[] flagged = RuleHarness.Run(new Rule228(), """
            Episodes
            CHILD,DEC,URN
            1,,SC000001
            2,,SC000002

            Provider Info
            URN,REG_END
            SC000001,15/06/2026
            SC000002,31/03/2027
            """, start: new DateOnly(2025, 7, 1), end: new DateOnly(2026, 6, 30));

        Assert.Equal(["Episodes:0"], flagged);
    }
}
