using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.Tests.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule168Tests
{
    [Fact]
    public void Upn_LetterTwelveDigits_OrElevenDigitsAndALetter_OrUnknownCode_IsValid()
    {
        string[] flagged = RuleHarness.Run(new Rule168(), """
            Header
            CHILD,UPN
            1,A123456789012
            2,A12345678901B
            3,UN5
            4,I123456789012
            5,A12345678901
            6,UN6
            7,
            8,a123456789012
            """);

        Assert.Equal(["Header:3", "Header:4", "Header:5", "Header:7"], flagged);
    }
}
