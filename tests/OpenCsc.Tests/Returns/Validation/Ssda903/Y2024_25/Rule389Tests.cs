using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule389Tests
{
    [Fact]
    public void AdultServicesUnder16_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule389(), """
            Header
            CHILD,DOB
            1,01/05/2010
            2,01/05/2010

            Episodes
            CHILD,DEC,REC
            1,30/04/2026,E7
            2,01/05/2026,E7
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
