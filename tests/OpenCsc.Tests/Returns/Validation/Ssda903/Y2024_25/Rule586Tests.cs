using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule586Tests
{
    [Fact]
    public void MissingOnOrBeforeBirth_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule586(), """
            Missing
            CHILD,DOB,MIS_START
            1,01/01/2020,01/01/2020
            2,01/01/2020,31/12/2019
            3,01/01/2020,02/01/2020
            4,,02/01/2020
            """);

        Assert.Equal(["Missing:0", "Missing:1"], flagged);
    }
}
