using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW12STG2Tests
{
    [Fact]
    public void EpisodeStartingOrEndingCare_NeedsASocialWorkerEpisode()
    {
        // 1: starts care 01/05/2026, social worker from that day: fine. 2: starts care, social worker only from before:
        // flagged. 3: ends care 01/06/2026, social worker from 01/05: fine. 4: open, not starting care: flagged.
        // 5: respite. 6: ended before 01/04/2025 (a year before the year starts). 7: a change (P, X1). 8: open, not
        // starting care, with a social worker episode from before it began: fine.
        string[] flagged = RuleHarness.Run(new RuleSW12STG2(), """
            Episodes
            CHILD,DECOM,DEC,RNE,REC,LS
            1,01/05/2026,,S,,C2
            2,01/05/2026,,S,,C2
            3,01/01/2026,01/06/2026,P,E4A,C2
            4,01/01/2026,,P,,C2
            5,01/05/2026,,S,,V3
            6,01/01/2025,31/03/2025,S,E4A,C2
            7,01/01/2026,01/06/2026,P,X1,C2
            8,01/01/2026,,P,,C2

            SWEpisodes
            CHILD,SW_DECOM
            1,01/05/2026
            2,30/04/2026
            3,01/05/2026
            8,01/03/2025
            """);

        Assert.Equal(["Episodes:1", "Episodes:3"], flagged);
    }
}
