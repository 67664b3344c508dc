using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8790Tests
{
    [Fact]
    public void NoneWithOtherCodes_FlagsAll()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8790(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>NONE</Disability><Disability>MOB</Disability></Disabilities></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[1]/ChildCharacteristics/Disabilities/Disability[1]", "Child[1]/ChildCharacteristics/Disabilities/Disability[2]"], flagged);
    }
}
