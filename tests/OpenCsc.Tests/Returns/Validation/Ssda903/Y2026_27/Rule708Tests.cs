using OpenCsc.Returns.Validation.Ssda903.Y2026_27;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule708Tests
{
    [Fact]
    public void StartOnOrBeforeBirth_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule708(), """
            DoLo
            CHILD,DOB,DOLO_START
            1,01/01/2020,01/01/2020
            2,01/01/2020,31/12/2019
            3,01/01/2020,02/01/2020
            4,,02/01/2020
            """);

        Assert.Equal(["DoLo:0", "DoLo:1"], flagged);
    }
}
