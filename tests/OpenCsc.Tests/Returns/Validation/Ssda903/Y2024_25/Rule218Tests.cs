using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule218Tests
{
    [Fact]
    public void RegisteredPlacementWithoutUrn_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule218(), """
            Episodes
            CHILD,PLACE,URN,PL_LA,DEC
            1,U1,,E09000003,
            2,U1,SC1,E09000003,
            3,P1,,E09000003,
            4,U1,,WAL,
            5,U1,,E09000003,31/03/2026
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
