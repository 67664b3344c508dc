using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8545QTests
{
    [Fact]
    public void DeathOutsideCensusYear_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8545Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonDeathDate>2025-03-31</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonDeathDate>2025-04-01</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><PersonDeathDate>2026-04-01</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers", "Child[3]/ChildIdentifiers"], flagged);
    }
}
