using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8670QTests
{
    [Fact]
    public void OpenAssessmentStarted45WorkingDaysBefore_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8670Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2026-01-01</CINreferralDate><Assessments><AssessmentActualStartDate>2026-01-27</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2026-01-01</CINreferralDate><Assessments><AssessmentActualStartDate>2026-01-28</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2026-01-01</CINreferralDate><Assessments><AssessmentActualStartDate>2026-01-20</AssessmentActualStartDate><AssessmentAuthorisationDate>2026-02-01</AssessmentAuthorisationDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Assessments[1]"], flagged);
    }
}
