using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule529Tests
{
    [Fact]
    public void Pr3_WithFosterAdoptionHomesOrParents_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule529(), """
            Episodes
            CHILD,PLACE,PLACE_PROVIDER
            1,A3,PR3
            2,K2,PR3
            3,U6,PR3
            4,R1,PR3
            5,A3,PR1
            """);

        Assert.Equal(["Episodes:0", "Episodes:1", "Episodes:2"], flagged);
    }
}
