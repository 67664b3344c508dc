using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4017Tests
{
    [Fact]
    public void CppStartingDuringCinPlan_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4017(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate><CINPlanEndDate>2025-07-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-06-30</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate><CINPlanEndDate>2025-07-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-07-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/ChildProtectionPlans[1]", "Child[3]/CINdetails[1]/ChildProtectionPlans[1]"], flagged);
    }
}
