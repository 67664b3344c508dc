using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule153Tests
{
    [Fact]
    public void SomeCareLeaverItemsBlank_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule153(), """
            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,YES,F1,B1
            2,,,
            3,YES,,B1
            4,,F1,
            """);

        Assert.Equal(["OC3:2", "OC3:3"], flagged);
    }
}
