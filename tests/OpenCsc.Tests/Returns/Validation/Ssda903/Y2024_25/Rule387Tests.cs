using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule387Tests
{
    [Fact]
    public void IndependentLivingUnder14_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule387(), """
            Header
            CHILD,DOB
            1,01/05/2012
            2,01/05/2012

            Episodes
            CHILD,DEC,REC
            1,30/04/2026,E5
            2,01/05/2026,E6
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
