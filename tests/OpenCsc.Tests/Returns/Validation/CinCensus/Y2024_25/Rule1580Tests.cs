using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1580Tests
{
    [Fact]
    public void LaChildIdWithPunctuation_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1580(), """
            <Child><ChildIdentifiers><LAchildID>ab12</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>ab-12</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>ab 12</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers", "Child[3]/ChildIdentifiers"], flagged);
    }
}
