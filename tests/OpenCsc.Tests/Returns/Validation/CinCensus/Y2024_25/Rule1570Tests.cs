using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1570Tests
{
    [Fact]
    public void LaChildIdOver20Characters_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1570(), """
            <Child><ChildIdentifiers><LAchildID>AAAAAAAAAAAAAAAAAAAA</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>BBBBBBBBBBBBBBBBBBBBB</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers"], flagged);
    }
}
