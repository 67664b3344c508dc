using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2884Tests
{
    [Fact]
    public void SameConferenceAtBothLevels_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2884(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><DateOfInitialCPC>2025-07-01</DateOfInitialCPC><Section47><S47ActualStartDate>2025-06-20</S47ActualStartDate><DateOfInitialCPC>2025-07-01</DateOfInitialCPC></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><DateOfInitialCPC>2025-07-01</DateOfInitialCPC><Section47><S47ActualStartDate>2025-06-20</S47ActualStartDate><DateOfInitialCPC>2025-07-02</DateOfInitialCPC></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]", "Child[1]/CINdetails[1]/Section47[1]"], flagged);
    }
}
