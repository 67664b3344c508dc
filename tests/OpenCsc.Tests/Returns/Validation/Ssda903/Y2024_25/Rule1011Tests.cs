using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1011Tests
{
    [Fact]
    public void CareLeaverTransferredToAnotherLa_IsFlagged()
    {
        string[] flagged = RuleHarness.Run(new Rule1011(), """
            Episodes
            CHILD,DECOM,REC
            1,01/04/2026,X1
            1,01/05/2026,E3
            2,01/04/2026,E3
            2,01/05/2026,E11

            OC3
            CHILD,IN_TOUCH,ACTIV,ACCOM
            1,YES,F1,B1
            2,YES,F1,B1
            """);

        Assert.Equal(["OC3:0"], flagged);
    }
}
