using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule208Tests
{
    [Fact]
    public void UpnChanged_OtherThanFromUnknown_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule208(), """
            Header
            CHILD,UPN
            1,A123456789012
            2,B123456789012
            3,UN3
            4,A123456789012
            5,UN1

            Header_last
            CHILD,UPN
            1,A123456789012
            2,A123456789012
            3,UN1
            4,UN4
            5,A123456789012
            """);

        Assert.Equal(["Header:1", "Header:4"], flagged);
    }
}
