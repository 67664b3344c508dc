using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns.Ssda903;

public class Ssda903DatesTests
{
    [Theory]
    [InlineData("29/02/2024", true)]
    [InlineData("29/02/2023", false)]
    [InlineData("1/1/2020", true)]
    [InlineData("01/01/2020 00:00", true)]
    [InlineData("01/01/2020T00:00", false)]
    [InlineData("", false)]
    [InlineData("//", false)]
    [InlineData("1//2020", false)]
    [InlineData("001/01/2020", false)]
    public void Parses_only_the_accepted_forms(string text, bool ok)
    {
        Assert.Equal(ok, Ssda903Dates.TryParse(text, out _, out _));
    }

    [Theory]
    [InlineData("zz/zz/2015", true)]
    [InlineData("zz/05/2015", true)]
    [InlineData("14/05/2015", true)]
    [InlineData("14/zz/2015", true)]
    [InlineData("32/05/2015", false)]
    [InlineData("zz/13/2015", false)]
    [InlineData("2015", false)]
    public void Partial_dates_allow_zz_for_unknown_day_or_month(string text, bool ok)
    {
        Assert.Equal(ok, Ssda903Dates.IsPartialDate(text));
    }
}
