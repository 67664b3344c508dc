using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule347Tests
{
    [Fact]
    public void CareLeaverInAFoyer_Under18WhenTheYearStarts_IsFlagged()
    {
        // The year starts 01/04/2026: 18 that day is born on or before 01/04/2008.
        string[] flagged = RuleHarness.Run(new Rule347(), """
            OC3
            CHILD,DOB,ACCOM
            1,02/04/2008,T1
            2,01/04/2008,T1
            3,02/04/2008,T2
            4,02/04/2008,S1
            5,02/04/2008,
            """);

        Assert.Equal(["OC3:0", "OC3:2"], flagged);
    }
}
