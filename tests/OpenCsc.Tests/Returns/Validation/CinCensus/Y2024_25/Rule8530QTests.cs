using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8530QTests
{
    [Fact]
    public void ExpectedBirthOutsideMarchToDecember_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8530Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><ExpectedPersonBirthDate>2026-03-01</ExpectedPersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><ExpectedPersonBirthDate>2026-02-28</ExpectedPersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><ExpectedPersonBirthDate>2026-12-31</ExpectedPersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><ExpectedPersonBirthDate>2027-01-01</ExpectedPersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers", "Child[4]/ChildIdentifiers"], flagged);
    }
}
