using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule133Tests
{
    [Fact]
    public void Accommodation_InvalidOrBlank_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule133(), """
            OC3
            CHILD,ACCOM
            1,B1
            2,0
            3,S1
            4,s2
            5,
            6,X1
            """);

        Assert.Equal(["OC3:2", "OC3:3", "OC3:4", "OC3:5"], flagged);
    }
}
