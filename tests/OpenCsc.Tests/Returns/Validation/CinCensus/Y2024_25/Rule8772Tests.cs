using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8772Tests
{
    [Fact]
    public void Un7WithFurtherAction_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8772(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><UPNunknown>UN7</UPNunknown></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><UPNunknown>UN7</UPNunknown></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>1</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers"], flagged);
    }
}
