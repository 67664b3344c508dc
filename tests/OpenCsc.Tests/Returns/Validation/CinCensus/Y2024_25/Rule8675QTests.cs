using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8675QTests
{
    [Fact]
    public void OpenEnquiryStartedMoreThan15WorkingDaysBefore_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8675Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-03-06</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-03-10</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-01-06</S47ActualStartDate><ICPCnotRequired>1</ICPCnotRequired></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Section47[1]"], flagged);
    }
}
