using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8815Tests
{
    [Fact]
    public void TwoOpenFurtherActionEpisodes_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8815(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails><CINdetails><CINreferralDate>2025-07-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails><CINdetails><CINreferralDate>2025-07-01</CINreferralDate><ReferralNFA>1</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]", "Child[1]/CINdetails[2]"], flagged);
    }
}
