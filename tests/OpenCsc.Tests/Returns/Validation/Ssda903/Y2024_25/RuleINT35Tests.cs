using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT35Tests
{
    [Fact]
    public void PrevPermChildTwice_FlagsEachOfItsRows()
    {
        string[] flagged = RuleHarness.Run(new RuleINT35(), """
            PrevPerm
            CHILD
            1
            2
            3
            2
            """);

        Assert.Equal(["PrevPerm:1", "PrevPerm:3"], flagged);
    }
}
