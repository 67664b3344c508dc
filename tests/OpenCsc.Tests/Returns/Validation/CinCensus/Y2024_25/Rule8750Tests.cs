using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8750Tests
{
    [Fact]
    public void UnbornNotSexU_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8750(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate><Sex>M</Sex></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers"], flagged);
    }
}
