using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4004Tests
{
    [Fact]
    public void TwoOpenCinPlans_FlagsBoth()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4004(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2025-07-01</CINPlanStartDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate><CINPlanEndDate>2025-06-30</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2025-07-01</CINPlanStartDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/CINPlanDates[1]", "Child[1]/CINdetails[1]/CINPlanDates[2]"], flagged);
    }
}
