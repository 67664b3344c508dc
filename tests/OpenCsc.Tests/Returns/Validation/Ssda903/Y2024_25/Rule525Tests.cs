using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule525Tests
{
    [Fact]
    public void ReversedDecision_WithAdoptionData_FlagsBoth()
    {
        string[] flagged = RuleHarness.Run(new Rule525(), """
            PlacedAdoption
            CHILD,DATE_PLACED_CEASED
            1,01/05/2026
            2,

            AD1
            CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
            1,01/01/2026,,,,,
            2,01/01/2026,,,,,
            """);

        Assert.Equal(["AD1:0", "PlacedAdoption:0"], flagged);
    }
}
