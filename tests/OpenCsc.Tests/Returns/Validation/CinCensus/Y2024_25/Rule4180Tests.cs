using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4180Tests
{
    [Fact]
    public void SexMissingOrNotMFU_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4180(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><Sex>M</Sex></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><Sex>1</Sex></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers", "Child[3]/ChildIdentifiers"], flagged);
    }
}
