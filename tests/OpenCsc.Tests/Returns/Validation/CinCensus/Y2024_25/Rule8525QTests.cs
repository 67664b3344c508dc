using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8525QTests
{
    [Fact]
    public void BothOrNeitherBirthDate_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8525Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate><ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers", "Child[3]/ChildIdentifiers"], flagged);
    }
}
