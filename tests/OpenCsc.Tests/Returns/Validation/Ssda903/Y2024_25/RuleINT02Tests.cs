using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT02Tests
{
    [Fact]
    public void PlacedAdoptionChildNotInHeader_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new RuleINT02(), """
            Header
            CHILD
            1
            2

            PlacedAdoption
            CHILD
            2
            3
            1
            3
            """);

        Assert.Equal(["PlacedAdoption:1", "PlacedAdoption:3"], flagged);
    }
}
