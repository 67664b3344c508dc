using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8840Tests
{
    [Fact]
    public void CppStartAndEndSameDay_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8840(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate><CPPendDate>2025-06-01</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate><CPPendDate>2025-06-02</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/ChildProtectionPlans[1]"], flagged);
    }
}
