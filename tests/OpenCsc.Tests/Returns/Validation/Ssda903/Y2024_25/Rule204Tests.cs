using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule204Tests
{
    [Fact]
    public void EthnicityDifferentFromLastYear_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule204(), """
            Header
            CHILD,ETHNIC
            1,WBRI
            2,WBRI
            3,

            Header_last
            CHILD,ETHNIC
            1,wbri
            2,WIRI
            3,WBRI
            """);

        Assert.Equal(["Header:1", "Header:2"], flagged);
    }
}
