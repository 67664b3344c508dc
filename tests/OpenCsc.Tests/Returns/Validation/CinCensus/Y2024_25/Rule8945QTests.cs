using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8945QTests
{
    [Fact]
    public void Factor18A_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8945Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-04</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>18A</AssessmentFactors><AssessmentFactors>18B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[1]"], flagged);
    }
}
