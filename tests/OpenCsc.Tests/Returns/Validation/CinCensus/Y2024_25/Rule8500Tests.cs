using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8500Tests
{
    [Fact]
    public void LaChildIdMissing_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8500(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers"], flagged);
    }
}
