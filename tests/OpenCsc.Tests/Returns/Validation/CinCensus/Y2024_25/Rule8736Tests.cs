using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8736Tests
{
    [Fact]
    public void IncompleteAssessmentStartOutsideCensusYear_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8736(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-01-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-03-31</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-01-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-04-01</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-01-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-03-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-04-02</AssessmentAuthorisationDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Assessments[1]"], flagged);
    }
}
