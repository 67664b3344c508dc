using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1530Tests
{
    [Fact]
    public void UnknownLaCode_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1530(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><UPN>A201456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><UPN>A100456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><UPN>A941456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><UPN>A942456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers", "Child[4]/ChildIdentifiers"], flagged);
    }
}
