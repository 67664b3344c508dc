using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8565Tests
{
    [Fact]
    public void ActivityAfterClosure_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8565(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINclosureDate>2025-07-01</CINclosureDate><Assessments><AssessmentActualStartDate>2025-07-02</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINclosureDate>2025-07-01</CINclosureDate><Assessments><AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-07-01</AssessmentAuthorisationDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINclosureDate>2025-07-01</CINclosureDate><ChildProtectionPlans><CPPstartDate>2025-06-02</CPPstartDate><CPPendDate>2025-07-02</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/Assessments[1]", "Child[3]/CINdetails[1]/ChildProtectionPlans[1]"], flagged);
    }
}
