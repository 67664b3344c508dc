using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8535QTests
{
    [Fact]
    public void DeathBeforeBirthOrNoBirth_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8535Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonBirthDate>2020-01-02</PersonBirthDate><PersonDeathDate>2020-01-01</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate><PersonDeathDate>2020-01-01</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><PersonDeathDate>2020-01-01</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers", "Child[3]/ChildIdentifiers"], flagged);
    }
}
