using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule386Tests
{
    [Fact]
    public void AdoptedOn18thBirthdayOrAfter_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule386(), """
            Header
            CHILD,DOB
            1,01/05/2008
            2,01/05/2008

            Episodes
            CHILD,DEC,REC
            1,30/04/2026,E11
            2,01/05/2026,E12
            1,01/05/2026,E13
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
