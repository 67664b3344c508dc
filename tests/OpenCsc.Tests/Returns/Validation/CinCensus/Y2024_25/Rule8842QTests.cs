using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8842QTests
{
    [Fact]
    public void ReviewWithoutDate_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule8842Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate/><CPPreviewDate>2025-07-01</CPPreviewDate></Reviews></ChildProtectionPlans><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]/ChildProtectionPlans[1]/Reviews[1]/CPPreviewDate[1]"], flagged);
    }
}
