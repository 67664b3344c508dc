using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule302Tests
{
    [Fact]
    public void FirstEpisodeBeforeBirth_FlagsItAndTheHeader()
    {
        string[] flagged = RuleHarness.Run(new Rule302(), """
            Header
            CHILD,DOB
            1,01/05/2020
            2,01/05/2020

            Episodes
            CHILD,DECOM
            1,30/04/2020
            1,01/06/2020
            2,01/05/2020
            """);

        Assert.Equal(["Episodes:0", "Header:0"], flagged);
    }
}
