using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule575Tests
{
    [Fact]
    public void OpenMissingPeriodFromAnEndedPlacement_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule575(), """
            Episodes
            CHILD,DECOM,DEC
            1,01/04/2026,01/06/2026
            2,01/04/2026,

            Missing
            CHILD,MIS_START,MIS_END
            1,01/05/2026,
            1,01/05/2026,02/05/2026
            2,01/05/2026,
            """);

        Assert.Equal(["Missing:0"], flagged);
    }
}
