using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule392cTests
{
    [Fact]
    public void HomeOrPlacementPostcode_NotAFullPostcode_IsFlagged()
    {
        // Fine: A9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA, no space, lower case, blanks. Flagged: a district alone (BN20),
        // an inward code with a digit last, letters only.
        string[] flagged = RuleHarness.Run(new Rule392c(), """
            Episodes
            CHILD,HOME_POST,PL_POST
            1,M1 1AE,BN20 7XY
            2,W1A 0AX,EC1A 1BB
            3,bn207xy,
            4,,
            5,BN20,BN20 7XY
            6,BN20 7XY,BN20 7X9
            7,BN20 7XY,NOPOSTCODE
            """);

        Assert.Equal(["Episodes:4", "Episodes:5", "Episodes:6"], flagged);
    }
}
