using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8794Tests
{
    [Fact]
    public void SameDisabilityTwice_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8794(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>MOB</Disability><Disability>MOB</Disability><Disability>VIS</Disability></Disabilities></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>MOB</Disability></Disabilities></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[1]/ChildCharacteristics/Disabilities/Disability[1]", "Child[1]/ChildCharacteristics/Disabilities/Disability[2]"], flagged);
    }
}
