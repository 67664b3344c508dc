using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8867Tests
{
    [Fact]
    public void ClosedEpisodeWithIncompleteAssessment_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8867(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINclosureDate>2025-07-01</CINclosureDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINclosureDate>2025-07-01</CINclosureDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-30</AssessmentAuthorisationDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Assessments[1]"], flagged);
    }
}
