using OpenCsc.Returns.Validation.Ssda903.Y2025_26;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule444Tests
{
    [Fact]
    public void SameUpnTwice_FlagsBoth_UnknownCodesMayRepeat()
    {
        string[] flagged = RuleHarness.Run(new Rule444(), """
            Header
            CHILD,UPN
            1,A123456789012
            2,UN1
            3,A123456789012
            4,UN1
            5,B123456789012
            """);

        Assert.Equal(["Header:0", "Header:2"], flagged);
    }
}
