using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule352Tests
{
    [Fact]
    public void StartedCareOn18thBirthdayOrAfter_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule352(), """
            Header
            CHILD,DOB
            1,01/05/2008
            2,01/05/2008

            Episodes
            CHILD,DECOM,RNE
            1,30/04/2026,S
            2,01/05/2026,S
            2,01/05/2026,P
            """);

        Assert.Equal(["Episodes:1"], flagged);
    }
}
