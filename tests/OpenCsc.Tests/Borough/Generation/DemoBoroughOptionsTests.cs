using OpenCsc.Borough.Generation;
using Xunit;

namespace OpenCsc.Tests.Borough.Generation;

public class DemoBoroughOptionsTests
{
    [Fact]
    public void Defaults_AreABarnetSizedBoroughWithFiveYears()
    {
        var options = new DemoBoroughOptions();

        Assert.Equal(93_000, options.Children);
        Assert.Equal(5, options.Years);
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData(99, 5, "--children must be at least 100 (got 99).")]
    [InlineData(1000, 0, "--years must be between 1 and 20 (got 0).")]
    [InlineData(1000, 21, "--years must be between 1 and 20 (got 21).")]
    public void Validate_NamesTheOptionAndTheValue(int children, int years, string message)
    {
        var options = new DemoBoroughOptions { Children = children, Years = years };

        Assert.Contains(message, options.Validate());
        ArgumentException error = Assert.Throws<ArgumentException>(options.ThrowIfInvalid);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
