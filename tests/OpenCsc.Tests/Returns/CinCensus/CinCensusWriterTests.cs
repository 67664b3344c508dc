using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using static OpenCsc.Tests.Returns.CinCensus.CinCensusExamples;

namespace OpenCsc.Tests.Returns.CinCensus;

public class CinCensusWriterTests
{
    public static TheoryData<int> Years => [2022, 2023, 2024, 2025];

    [Theory]
    [MemberData(nameof(Years))]
    public void Output_validates_against_the_years_schema(int collectionYear)
    {
        // Arrange
        var year = new CollectionYear(collectionYear);
        string xsd = SharedFormats.Require("formats", "cin", $"CIN_schema_{year.CinSchemaYear}.xsd");

        // Act: children written in either coding are converted to the year's
        var bytes = Write(year, FullChild("C1", "1"), FullChild("C2", "F"), MinimalChild("C3", "0"), MinimalChild("C4", "U"));

        // Assert
        Assert.Empty(SharedFormats.Validate(bytes, xsd));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Write_then_read_gives_the_same_records(int collectionYear)
    {
        // Arrange
        var year = new CollectionYear(collectionYear);
        string sex = year.CodesSexAsMfu ? "F" : "2";
        CinCensusChild[] children = [FullChild("C1", sex), MinimalChild("C2", sex)];

        // Act
        var census = CinCensusReader.ReadAll(new MemoryStream(Write(year, children)), "out.xml");

        // Assert
        Assert.Equal(year, census.Year);
        Assert.Equal(children, census.Children);
        Assert.Empty(census.Warnings);
    }

    [Fact]
    public void Sample_read_write_read_round_trips()
    {
        // Arrange
        var first = CinCensusReader.ReadAll(SharedFormats.Require("samples", "cin", "fake_CIN_data.xml"));
        var output = new MemoryStream();

        // Act
        CinCensusWriter.Write(output, first.Year, first.Header, first.Children);
        var second = CinCensusReader.ReadAll(new MemoryStream(output.ToArray()), "again.xml");

        // Assert
        Assert.Equal(first.Header, second.Header);
        Assert.Equal(first.Children, second.Children);
        Assert.Empty(SharedFormats.Validate(output.ToArray(), SharedFormats.Require("formats", "cin", "CIN_schema_2023.xsd")));
    }

    [Fact]
    public void Sample_written_for_2025_26_uses_Sex_and_validates()
    {
        var sample = CinCensusReader.ReadAll(SharedFormats.Require("samples", "cin", "fake_CIN_data.xml"));
        var year = new CollectionYear(2025);
        var output = new MemoryStream();

        CinCensusWriter.Write(output, year, CinCensusFile.For(year, "975"), sample.Children);
        var again = CinCensusReader.ReadAll(new MemoryStream(output.ToArray()), "2026.xml");

        Assert.Empty(SharedFormats.Validate(output.ToArray(), SharedFormats.Require("formats", "cin", "CIN_schema_2026.xsd")));
        Assert.Equal(sample.Children.Select(c => SexCodes.ForYear(c.Sex, year)), again.Children.Select(c => c.Sex));
        Assert.DoesNotContain("GenderCurrent", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_follow_the_schema_order_and_optional_ones_are_left_out()
    {
        var xml = Encoding.UTF8.GetString(Write(new CollectionYear(2025), MinimalChild("C1", "U")));

        Assert.DoesNotContain("<UPN>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<Disabilities>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("CINclosureDate", xml, StringComparison.Ordinal);
        Assert.True(xml.IndexOf("<ReferralSource>", StringComparison.Ordinal) < xml.IndexOf("<ReferralNFA>", StringComparison.Ordinal));
        Assert.Contains("<ReferralNFA>1</ReferralNFA>", xml, StringComparison.Ordinal);
        Assert.False(xml.StartsWith('\uFEFF'));
    }

    [Fact]
    public void An_export_that_fails_part_way_is_not_a_complete_file()
    {
        var output = new MemoryStream();

        Assert.Throws<InvalidOperationException>(() => CinCensusWriter.Write(output, new CollectionYear(2025), CinCensusFile.For(new CollectionYear(2025), "975"), Failing()));

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.DoesNotContain("</Message>", text, StringComparison.Ordinal);

        static IEnumerable<CinCensusChild> Failing()
        {
            yield return MinimalChild("C1", "M");
            throw new InvalidOperationException("database went away");
        }
    }
}
