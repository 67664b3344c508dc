using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1560QTests
{
    [Fact]
    public void FormerUpnMalformed_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1560Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><FormerUPN>A123456789012</FormerUPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><FormerUPN>A12345</FormerUPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><FormerUPN>I123456789012</FormerUPN></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics></Child>
            """);

        Assert.Equal(["Child[2]/ChildIdentifiers", "Child[4]/ChildIdentifiers"], flagged);
    }
}
