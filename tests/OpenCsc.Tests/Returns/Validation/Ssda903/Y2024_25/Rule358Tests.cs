using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule358Tests
{
    [Fact]
    public void RemandOrCustodyOnOrBefore10thBirthday_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule358(), """
            Header
            CHILD,DOB
            1,01/05/2016
            2,01/05/2016

            Episodes
            CHILD,DECOM,LS
            1,01/05/2026,J1
            2,02/05/2026,J2
            1,01/05/2026,C2
            """);

        Assert.Equal(["Episodes:0", "Header:0"], flagged);
    }
}
