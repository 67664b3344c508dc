using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4015Tests
{
    [Fact]
    public void CinPlanStart_BeforeReferral_IsFlagged_SameDayPasses()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4015(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-05-31</CINPlanStartDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/CINPlanDates[1]"], flagged);
    }
}
