using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4014Tests
{
    [Fact]
    public void CinPlansOverlapping_AreFlagged_NextDayPasses()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4014(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate><CINPlanEndDate>2025-07-01</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2025-07-01</CINPlanStartDate><CINPlanEndDate>2025-08-01</CINPlanEndDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate><CINPlanEndDate>2025-07-01</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2025-07-02</CINPlanStartDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/CINPlanDates[1]", "Child[1]/CINdetails[1]/CINPlanDates[2]"], flagged);
    }
}
