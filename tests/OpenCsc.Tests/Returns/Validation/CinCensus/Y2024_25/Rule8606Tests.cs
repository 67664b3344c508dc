using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8606Tests
{
    [Fact]
    public void ReferralMoreThan40WeeksBeforeBirth_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8606(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonBirthDate>2025-10-08</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-01-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonBirthDate>2025-10-08</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2024-12-31</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><ExpectedPersonBirthDate>2025-10-08</ExpectedPersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2024-12-31</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[2]/CINdetails[1]", "Child[3]/CINdetails[1]"], flagged);
    }
}
