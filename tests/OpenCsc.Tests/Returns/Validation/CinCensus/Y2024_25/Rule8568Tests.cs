using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8568Tests
{
    [Fact]
    public void ReferralNfaMissingOrInvalid_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8568(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>yes</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>true</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[2]/CINdetails[1]", "Child[3]/CINdetails[1]"], flagged);
    }
}
