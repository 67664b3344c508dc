using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1550Tests
{
    [Fact]
    public void LastCharacterIorOorS_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1550(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><UPN>A12345678901A</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><UPN>A12345678901I</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><UPN>A123456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><UPN>A12345678901s</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers", "Child[4]/ChildIdentifiers"], flagged);
    }
}
