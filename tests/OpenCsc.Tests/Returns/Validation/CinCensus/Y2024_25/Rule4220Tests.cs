using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4220Tests
{
    [Fact]
    public void EthnicityMissingOrInvalid_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4220(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics><Ethnicity>wbri</Ethnicity></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildCharacteristics", "Child[3]/ChildCharacteristics"], flagged);
    }
}
