using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule234Tests
{
    [Fact]
    public void CustodyUnder10_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule234(), """
            Header
            CHILD,DOB
            1,01/05/2016
            2,01/05/2016

            Episodes
            CHILD,DECOM,REASON_PLACE_CHANGE
            1,30/04/2026,CUSTOD
            2,01/05/2026,CUSTOD
            """);

        Assert.Equal(["Episodes:0", "Header:0"], flagged);
    }
}
