using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8825QTests
{
    [Fact]
    public void Rc8WithoutAssessment_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8825Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC9</ReasonForClosure><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]"], flagged);
    }
}
