using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8839Tests
{
    [Fact]
    public void TwoOpenEnquiriesInAnEpisode_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8839(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2025-06-01</S47ActualStartDate></Section47><Section47><S47ActualStartDate>2025-06-05</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2025-06-01</S47ActualStartDate><DateOfInitialCPC>2025-06-04</DateOfInitialCPC></Section47><Section47><S47ActualStartDate>2025-06-05</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2025-06-01</S47ActualStartDate><ICPCnotRequired>1</ICPCnotRequired></Section47><Section47><S47ActualStartDate>2025-06-05</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Section47[1]", "Child[1]/CINdetails[1]/Section47[2]"], flagged);
    }
}
