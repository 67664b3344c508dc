using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule624Tests
{
    [Fact]
    public void MothersChildDobDifferentFromLastYear_IsFlagged_NoneLastYearIsNot()
    {
        string[] flagged = RuleHarness.Run(new Rule624(), """
            Header
            CHILD,MC_DOB
            1,01/05/2025
            2,01/05/2025
            3,01/05/2025

            Header_last
            CHILD,MC_DOB
            1,01/05/2025
            2,02/05/2025
            3,
            """);

        Assert.Equal(["Header:1"], flagged);
    }
}
