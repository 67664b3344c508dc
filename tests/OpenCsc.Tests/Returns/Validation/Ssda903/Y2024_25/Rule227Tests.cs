using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule227Tests
{
    [Fact]
    public void Episode_StartingOnOrAfterTheProvidersRegistrationEnded_IsFlagged()
    {
        // SC000001's registration ended 15/06/2026. Row 0 starts the day before: passes. Row 1 the same day and
        // row 2 the day after: flagged. Row 3: provider still registered. Row 4: URN not listed. Row 5: no valid start.
        // Row 6: the placeholder.
        string[] flagged = RuleHarness.Run(new Rule227(), """
            Episodes
            CHILD,DECOM,URN
            1,14/06/2026,SC000001
            2,15/06/2026,SC000001
            3,16/06/2026,SC000001
            4,16/06/2026,SC000002
            5,16/06/2026,SC000009
            6,2026-06-16,SC000001
            7,16/06/2026,XXXXXXX

            Provider Info
            URN,REG_END
            SC000001,15/06/2026
            SC000002,
            """);

        Assert.Equal(["Episodes:1", "Episodes:2"], flagged);
    }
}
