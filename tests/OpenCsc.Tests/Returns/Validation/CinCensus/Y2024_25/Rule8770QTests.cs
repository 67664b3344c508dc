using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8770QTests
{
    [Fact]
    public void SchoolAgeChildWithoutUpnOrReason_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8770Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonBirthDate>2020-08-31</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonBirthDate>2020-09-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><UPNunknown>UN1</UPNunknown></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><UPNunknown>UN2</UPNunknown></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers", "Child[3]/ChildIdentifiers"], flagged);
    }
}
