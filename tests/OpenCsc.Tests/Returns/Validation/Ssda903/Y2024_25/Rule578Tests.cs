using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule578Tests
{
    [Fact]
    public void MissingAfterCareEnded_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule578(), """
            Episodes
            CHILD,DECOM,DEC
            1,01/04/2026,01/05/2026
            1,01/05/2026,01/06/2026
            2,01/04/2026,

            Missing
            CHILD,MIS_START
            1,01/06/2026
            1,02/06/2026
            2,01/07/2026
            3,01/07/2026
            """);

        Assert.Equal(["Missing:1"], flagged);
    }
}
