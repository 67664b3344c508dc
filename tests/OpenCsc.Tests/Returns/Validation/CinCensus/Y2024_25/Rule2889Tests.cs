using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2889Tests
{
    [Fact]
    public void S47Start_BeforeReferral_IsFlagged_SameDayPasses()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2889(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2025-05-31</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2025-06-01</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Section47[1]"], flagged);
    }
}
