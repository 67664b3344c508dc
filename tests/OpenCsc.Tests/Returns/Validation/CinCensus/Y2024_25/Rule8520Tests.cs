using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8520Tests
{
    [Fact]
    public void BirthAfterReferenceDate_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8520(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonBirthDate>2026-03-31</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonBirthDate>2026-04-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers"], flagged);
    }
}
