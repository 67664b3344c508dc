using OpenCsc.Returns.Validation.CinCensus.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2991QTests
{
    [Fact]
    public void EnquiryWithoutAssessment_IsFlagged()
    {
        string[] flagged = CinRuleHarness.Run(new Rule2991Q(), """
            <Child><ChildIdentifiers><LAchildID>a</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Section47><S47ActualStartDate>2025-06-02</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>b</LAchildID></ChildIdentifiers><ChildCharacteristics></ChildCharacteristics><CINdetails><CINreferralDate>2025-06-01</CINreferralDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate></Assessments><Section47><S47ActualStartDate>2025-06-02</S47ActualStartDate></Section47><ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """);

        Assert.Equal(["Child[1]/CINdetails[1]"], flagged);
    }
}
