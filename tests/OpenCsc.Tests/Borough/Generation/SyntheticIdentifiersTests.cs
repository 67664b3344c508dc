using OpenCsc.Borough.Generation;
using Xunit;

namespace OpenCsc.Tests.Borough.Generation;

public class SyntheticIdentifiersTests
{
    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("9434765918", false)]
    [InlineData("943476591", false)]
    [InlineData("94347659A9", false)]
    public void IsValidNhsNumber_ChecksTheModulus11Digit(string number, bool valid)
    {
        Assert.Equal(valid, SyntheticIdentifiers.IsValidNhsNumber(number));
    }

    [Fact]
    public void NhsNumber_IsValid_AndStartsWithNine()
    {
        for (long i = 0; i < 2_000; i++)
        {
            string? number = SyntheticIdentifiers.NhsNumber(i * 7_919);
            if (number is not null)
            {
                Assert.True(SyntheticIdentifiers.IsValidNhsNumber(number), number);
                Assert.StartsWith("9", number, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Upn_HasTheDfEShape_AndItsCheckLetter()
    {
        string upn = SyntheticIdentifiers.Upn("999", 2019, 1234567);

        Assert.Matches("^[A-HJ-NP-RT-Z]99919[0-9]{7}$", upn);
        Assert.True(SyntheticIdentifiers.IsValidUpn(upn));
    }

    [Fact]
    public void IsValidUpn_RejectsAWrongCheckLetter()
    {
        string upn = SyntheticIdentifiers.Upn("999", 2019, 1234567);
        char other = upn[0] == 'A' ? 'B' : 'A';

        Assert.False(SyntheticIdentifiers.IsValidUpn(other + upn[1..]));
    }

    [Fact]
    public void IsValidUpn_AcceptsAKnownGoodUpn()
    {
        // Weights 2..13 over "801200100001": 16 + 4 + 10 + 8 + 13 = 51; 51 mod 23 = 5 -> 'F'.
        Assert.True(SyntheticIdentifiers.IsValidUpn("F801200100001"));
    }
}
