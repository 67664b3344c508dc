using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8870QTests
{
    [Fact]
    public void TargetOnAWeekend_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8870Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-01-01</S47ActualStartDate><InitialCPCtarget>2026-01-03</InitialCPCtarget></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-01-01</S47ActualStartDate><InitialCPCtarget>2026-01-04</InitialCPCtarget></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-01-01</S47ActualStartDate><InitialCPCtarget>2026-01-05</InitialCPCtarget></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Section47[1]", "Child[2]/CINdetails[1]/Section47[1]"], flagged);
    }
}
