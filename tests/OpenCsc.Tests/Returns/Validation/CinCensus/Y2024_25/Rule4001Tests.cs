using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4001Tests
{
    [Fact]
    public void OpenCinPlanWithOpenCpp_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4001(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-02</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-06-03</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-02</CINPlanStartDate><CINPlanEndDate>2025-06-03</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-06-03</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/CINPlanDates[1]", "Child[1]/CINdetails[1]/ChildProtectionPlans[1]"], flagged);
    }
}
