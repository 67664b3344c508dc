using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2887QTests
{
    [Fact]
    public void SevenCodesUsed_FlagsTheReturn()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2887Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>MOB</Disability><Disability>HAND</Disability><Disability>PC</Disability><Disability>INC</Disability><Disability>COMM</Disability><Disability>LD</Disability><Disability>HEAR</Disability><Disability>NONE</Disability></Disabilities></ChildCharacteristics></Child>
            """);

        Assert.Equal(["/Message/Header"], flagged);
    }

    [Fact]
    public void EightCodesUsed_Passes()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2887Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>MOB</Disability><Disability>HAND</Disability><Disability>PC</Disability><Disability>INC</Disability><Disability>COMM</Disability><Disability>LD</Disability><Disability>HEAR</Disability><Disability>VIS</Disability></Disabilities></ChildCharacteristics></Child>
            """);

        Assert.Empty(flagged);
    }
}
