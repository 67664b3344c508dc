using OpenCsc.Returns;

namespace OpenCsc.Tests.Returns;

public class CollectionYearTests
{
    [Fact]
    public void Year_2025_runs_from_1_April_2025_to_31_March_2026()
    {
        var year = new CollectionYear(2025);

        Assert.Equal(new DateOnly(2025, 4, 1), year.Start);
        Assert.Equal(new DateOnly(2026, 3, 31), year.End);
        Assert.Equal(2026, year.CinSchemaYear);
        Assert.Equal("2025/26", year.Label);
        Assert.Equal("2025/26", year.ToString());
    }

    [Theory]
    [InlineData("2025", 2025)]
    [InlineData(" 2025 ", 2025)]
    [InlineData("2025/26", 2025)]
    [InlineData("2025-26", 2025)]
    [InlineData("1999/00", 1999)]
    public void Parse_reads_the_starting_year(string text, int expected)
    {
        Assert.Equal(new CollectionYear(expected), CollectionYear.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025/27")]
    [InlineData("twenty")]
    [InlineData("20251")]
    [InlineData("3000")]
    public void Parse_refuses_what_is_not_a_collection_year(string text)
    {
        Assert.False(CollectionYear.TryParse(text, out _));
        Assert.Throws<FormatException>(() => CollectionYear.Parse(text));
    }

    [Theory]
    [InlineData(2025, 4, 1, 2025)]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2022, 7, 21, 2022)]
    [InlineData(2023, 3, 31, 2022)]
    public void Containing_gives_the_year_a_date_falls_in(int y, int m, int d, int expected)
    {
        var date = new DateOnly(y, m, d);

        Assert.Equal(new CollectionYear(expected), CollectionYear.Containing(date));
        Assert.True(new CollectionYear(expected).Contains(date));
    }

    [Fact]
    public void Sex_is_coded_MFU_from_2024_25()
    {
        Assert.False(new CollectionYear(2023).CodesSexAsMfu);
        Assert.True(new CollectionYear(2024).CodesSexAsMfu);
        Assert.Equal("M", SexCodes.ForYear("1", new CollectionYear(2024)));
        Assert.Equal("2", SexCodes.ForYear("F", new CollectionYear(2023)));
        Assert.Equal("U", SexCodes.ForYear("9", new CollectionYear(2025)));
    }

    [Fact]
    public void Years_compare_in_order()
    {
        Assert.True(new CollectionYear(2023) < new CollectionYear(2024));
        Assert.Equal(new CollectionYear(2024), new CollectionYear(2023).Next);
    }
}
