using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2990Tests
{
    [Fact]
    public void ActivityAfterRc8OrRc9_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2990(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC8</ReasonForClosure><Section47><S47ActualStartDate>2025-06-02</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC9</ReasonForClosure><CINPlanDates><CINPlanStartDate>2025-06-02</CINPlanStartDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC8</ReasonForClosure><Assessments><AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReasonForClosure>RC1</ReasonForClosure><Section47><S47ActualStartDate>2025-06-02</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]", "Child[2]/CINdetails[1]"], flagged);
    }
}
