using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8898Tests
{
    [Fact]
    public void SameFactorTwice_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8898(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-04</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors><AssessmentFactors>1A</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[1]", "Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[2]"], flagged);
    }
}
