using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8555QTests
{
    [Fact]
    public void ReferralAfterDeath_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8555Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonDeathDate>2025-05-31</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonDeathDate>2025-06-01</PersonDeathDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]"], flagged);
    }
}
