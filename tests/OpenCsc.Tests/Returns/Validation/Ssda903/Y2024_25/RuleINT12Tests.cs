using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT12Tests
{
    [Fact]
    public void PlacedAdoptionDobDifferentFromHeader_IsFlagged_ChildNotInHeaderIsNot()
    {
        string[] flagged = RuleHarness.Run(new RuleINT12(), """
            Header
            CHILD,DOB
            1,01/04/2010
            2,01/04/2010

            PlacedAdoption
            CHILD,DOB
            1,01/04/2010
            2,02/04/2010
            3,02/04/2010
            2,
            """);

        Assert.Equal(["PlacedAdoption:1", "PlacedAdoption:3"], flagged);
    }
}
