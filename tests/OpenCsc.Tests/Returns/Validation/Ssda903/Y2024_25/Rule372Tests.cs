using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule372Tests
{
    [Fact]
    public void YouthCustodyUnder10_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule372(), """
            Header
            CHILD,DOB
            1,01/05/2016
            2,01/05/2016

            Episodes
            CHILD,DECOM,DEC,PLACE
            1,30/04/2026,,R5
            2,01/05/2026,,R5
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
