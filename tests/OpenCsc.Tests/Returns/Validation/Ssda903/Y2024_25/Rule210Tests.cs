using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule210Tests
{
    [Fact]
    public void Un4ForAnEpisodeStartingInTheLastWeek_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule210(), """
            Header
            CHILD,UPN
            1,UN4
            2,UN4
            3,UN1

            Episodes
            CHILD,DECOM
            1,24/03/2027
            2,23/03/2027
            3,25/03/2027
            """);

        Assert.Equal(["Episodes:0", "Header:0"], flagged);
    }
}
