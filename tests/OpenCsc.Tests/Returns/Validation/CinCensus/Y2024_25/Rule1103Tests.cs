using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1103Tests
{
    [Fact]
    public void AssessmentStart_BeforeReferral_IsFlagged_SameDayPasses()
    {
        string[] flagged = CinRuleHarness.Run(new Rule1103(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-05-31</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Assessments[1]"], flagged);
    }
}
