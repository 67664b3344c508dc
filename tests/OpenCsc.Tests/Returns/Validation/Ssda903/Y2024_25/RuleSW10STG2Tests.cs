using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW10STG2Tests
{
    [Fact]
    public void NextSocialWorkerEpisode_MustStartWithin7DaysOfThePreviousEnd()
    {
        // 1: previous ends 20/05; 13/05 (7 days before) and 27/05 (7 after) are fine, 12/05 is flagged.
        // 2: the previous is open: flagged, unless FCONTA. 3: in file order the later one comes first.
        string[] flagged = RuleHarness.Run(new RuleSW10STG2(), """
            SWEpisodes
            CHILD,SW_DECOM,SW_DEC,SW_REASON
            1,01/05/2026,20/05/2026,MANAGE
            1,13/05/2026,,MANAGE
            4,01/05/2026,20/05/2026,MANAGE
            4,27/05/2026,,MANAGE
            5,01/05/2026,20/05/2026,MANAGE
            5,12/05/2026,,MANAGE
            2,01/05/2026,,MANAGE
            2,01/06/2026,,MANAGE
            6,01/05/2026,,MANAGE
            6,01/06/2026,,FCONTA
            3,01/07/2026,,MANAGE
            3,01/05/2026,30/06/2026,MANAGE
            """);

        Assert.Equal(["SWEpisodes:5", "SWEpisodes:7"], flagged);
    }
}
