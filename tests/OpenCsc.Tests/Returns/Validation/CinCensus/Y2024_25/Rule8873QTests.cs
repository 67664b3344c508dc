using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8873QTests
{
    [Fact]
    public void OnlyAssessmentFactor21ButNotRc8OrRc9_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8873Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC1</ReasonForClosure><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC8</ReasonForClosure><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC1</ReasonForClosure><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><Assessments><AssessmentActualStartDate>2025-07-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-07-10</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]"], flagged);
    }
}
