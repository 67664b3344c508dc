using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1510Tests
{
    [Fact]
    public void WrongCheckLetter_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1510(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><UPN>A123456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><UPN>B123456789012</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><UPN>A12345678901A</UPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers"], flagged);
    }
}
