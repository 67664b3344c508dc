using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8540Tests
{
    [Fact]
    public void FurtherActionChildWithoutValidDisability_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8540(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>XYZ</Disability></Disabilities></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID><PersonBirthDate>2020-01-01</PersonBirthDate></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>1</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/ChildIdentifiers", "Child[2]/ChildCharacteristics/Disabilities/Disability[1]"], flagged);
    }
}
