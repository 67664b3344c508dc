using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8775QTests
{
    [Fact]
    public void Over25WithOpenCase_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8775Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonBirthDate>2001-03-30</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonBirthDate>2001-03-31</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><PersonBirthDate>1990-01-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2009-01-01</CINreferralDate><CINclosureDate>2010-01-01</CINclosureDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers"], flagged);
    }
}
