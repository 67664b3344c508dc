using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2888QTests
{
    [Fact]
    public void NoChildWithTwoDisabilities_FlagsTheReturn()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2888Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>MOB</Disability></Disabilities></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>HAND</Disability><Disability>NONE</Disability></Disabilities></ChildCharacteristics></Child>
            """);

        Assert.Equal(["/Message/Header"], flagged);
    }

    [Fact]
    public void AChildWithTwoDisabilities_Passes()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2888Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>MOB</Disability></Disabilities></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>HAND</Disability><Disability>VIS</Disability></Disabilities></ChildCharacteristics></Child>
            """);

        Assert.Empty(flagged);
    }
}
