using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule460Tests
{
    [Fact]
    public void StayingPutUnder18_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule460(), """
            Header
            CHILD,DOB
            1,01/05/2008
            2,01/05/2008

            Episodes
            CHILD,DEC,REC
            1,30/04/2026,E17
            2,01/05/2026,E17
            """);

        Assert.Equal(["Episodes:0"], flagged);
    }
}
