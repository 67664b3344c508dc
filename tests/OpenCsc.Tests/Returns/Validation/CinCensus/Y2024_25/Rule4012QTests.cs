using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4012QTests
{
    [Fact]
    public void CinPlanEndOnStartDay_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule4012Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-07-02</CINPlanStartDate><CINPlanEndDate>2025-07-03</CINPlanEndDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINPlanDates><CINPlanStartDate>2025-07-02</CINPlanStartDate><CINPlanEndDate>2025-07-02</CINPlanEndDate></CINPlanDates><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[2]/CINdetails[1]/CINPlanDates[1]"], flagged);
    }
}
