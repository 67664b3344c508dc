using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1540Tests
{
    [Fact]
    public void NonDigitsInCharacters5To12_AreFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1540(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><UPN>A123456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><UPN>A1234X6789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><UPN>A12345678901X</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers"], flagged);
    }
}
