using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4013Tests
{
    [Fact]
    public void CinPlanEndOutsideCensusYear_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4013(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-03-01</CINPlanStartDate><CINPlanEndDate>2025-03-31</CINPlanEndDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-03-01</CINPlanStartDate><CINPlanEndDate>2025-04-01</CINPlanEndDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>c</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-04-01</CINPlanStartDate><CINPlanEndDate>2026-03-31</CINPlanEndDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>d</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-04-01</CINPlanStartDate><CINPlanEndDate>2026-04-01</CINPlanEndDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/CINPlanDates[1]", "Child[4]/CINdetails[1]/CINPlanDates[1]"], flagged);
    }
}
