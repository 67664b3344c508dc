using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1520Tests
{
    [Fact]
    public void SameUpnTwice_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1520(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><UPN>A123456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><UPN>A123456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><UPN>B123456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers", "Child[2]/ChildIdentifiers"], flagged);
    }
}
