using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW11bSTG2Tests
{
    [Fact]
    public void LastSocialWorkerEpisode_EndingInTheLastFiveDays_NeedsANextOne()
    {
        // The year ends 31/03/2027; the window is 26/03 to 31/03. 1: ends 26/03, nothing after: flagged. 2: ends 25/03.
        // 3: ends 31/03 but another follows. 4: a further row with no start: that row is flagged. 5: the last one ends
        // 28/03 after an earlier one: flagged. 6: ends on 01/04.
        string[] flagged = RuleHarness.Run(new RuleSW11bSTG2(), """
            SWEpisodes
            CHILD,SW_DECOM,SW_DEC
            1,01/01/2027,26/03/2027
            2,01/01/2027,25/03/2027
            3,01/01/2027,31/03/2027
            3,31/03/2027,
            4,01/01/2027,27/03/2027
            4,,
            5,01/01/2027,10/03/2027
            5,11/03/2027,28/03/2027
            6,01/01/2027,01/04/2027
            """);

        Assert.Equal(["SWEpisodes:0", "SWEpisodes:5", "SWEpisodes:7"], flagged);
    }
}
