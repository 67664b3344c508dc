using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using static OpenCsc.Tests.Returns.CinCensus.CinCensusExamples;

namespace OpenCsc.Tests.Returns.CinCensus;

public class CinCensusReaderTests
{
    private static string SamplePath => SharedFormats.Require("samples", "cin", "fake_CIN_data.xml");

    [Fact]
    public void Sample_reads_as_2022_23_with_GenderCurrent()
    {
        // Act
        var census = CinCensusReader.ReadAll(SamplePath);

        // Assert
        Assert.Equal(new CollectionYear(2022), census.Year);
        Assert.Equal(332, census.Children.Count);
        Assert.Equal(402, census.Children.Sum(c => c.Episodes.Count));
        Assert.Equal("975", census.Header.Lea);
        Assert.Equal(new DateOnly(2022, 7, 21), census.Header.ReferenceDate);
        var first = census.Children[0];
        Assert.Equal("RND000215205141", first.LaChildId);
        Assert.Equal("1", first.Sex);
        Assert.Equal(new DateOnly(2020, 7, 13), first.Episodes[0].ReferralDate);
        Assert.True(first.Episodes[0].ReferralNfa);
        Assert.Equal(117, census.Children.Sum(c => c.Disabilities.Count));
        Assert.Equal(21, census.Children.Count(c => c.PersonDeathDate is not null));
        Assert.DoesNotContain(census.Warnings, w => w.Field != "Year");
    }

    [Fact]
    public void Sample_read_as_2025_26_names_every_child_coded_with_GenderCurrent()
    {
        // Arrange
        var reader = new CinCensusReader(File.OpenRead(SamplePath), "fake_CIN_data.xml", new CinCensusReadOptions { Year = new CollectionYear(2025) });

        // Act
        var children = reader.ReadChildren().ToList();

        // Assert
        Assert.Empty(children);
        var sexProblems = reader.Problems.Errors.Where(p => p.Field == "GenderCurrent").ToList();
        Assert.Equal(332, sexProblems.Count);
        Assert.Equal("RND000215205141", sexProblems[0].ChildId);
        Assert.Equal("/Message/Children/Child[1]/ChildIdentifiers/GenderCurrent", sexProblems[0].Path);
        Assert.Contains("TreatAsYear", sexProblems[0].Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_read_as_2025_26_treated_as_2023_24_reads()
    {
        var census = CinCensusReader.ReadAll(SamplePath, new CinCensusReadOptions
        {
            Year = new CollectionYear(2025),
            TreatAsYear = new CollectionYear(2023),
        });

        Assert.Equal(new CollectionYear(2025), census.Year);
        Assert.Equal(332, census.Children.Count);
    }

    [Fact]
    public void Sex_coded_1_2_in_a_2025_file_is_an_error_naming_the_child()
    {
        var bytes = CensusFile("2026-03-31", ChildXml("C1", "Sex", "1"), ChildXml("C2", "Sex", "M"));

        var ex = Assert.Throws<ReturnReadException>(() => CinCensusReader.ReadAll(new MemoryStream(bytes), "test.xml"));

        var problem = Assert.Single(ex.Errors);
        Assert.Equal("C1", problem.ChildId);
        Assert.Equal("Sex", problem.Field);
        Assert.Equal("1", problem.Value);
    }

    [Fact]
    public void Sex_in_a_file_before_2024_25_is_an_error()
    {
        var bytes = CensusFile("2023-03-31", ChildXml("C1", "Sex", "M"), ChildXml("C2", "GenderCurrent", "2"));

        var reader = Reader(bytes);
        var children = reader.ReadChildren().ToList();

        Assert.Equal("C2", Assert.Single(children).LaChildId);
        Assert.Equal("C1", Assert.Single(reader.Problems.Errors).ChildId);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData(" True ", true)]
    public void Yes_no_reads_0_1_and_true_false(string value, bool expected)
    {
        var census = CinCensusReader.ReadAll(new MemoryStream(CensusFile("2026-03-31", ChildXml("C1", nfa: value))), "test.xml");

        Assert.Equal(expected, census.Children[0].Episodes[0].ReferralNfa);
    }

    [Fact]
    public void Every_problem_is_reported_with_path_line_field_value_and_expectation()
    {
        // Arrange: three bad values in child 2, one in child 3, child 1 fine
        var bytes = CensusFile("2026-03-31",
            ChildXml("C1"),
            ChildXml("C2", referralDate: "2025-13-45", source: "ZZ", nfa: "maybe"),
            ChildXml("C3", referralDate: "01/05/2025"));
        var reader = Reader(bytes);

        // Act
        var children = reader.ReadChildren().ToList();

        // Assert
        Assert.Equal("C1", Assert.Single(children).LaChildId);
        var errors = reader.Problems.Errors.ToList();
        Assert.Equal(4, errors.Count);
        var date = errors[0];
        Assert.Equal("/Message/Children/Child[2]/CINdetails[1]/CINreferralDate", date.Path);
        Assert.Equal("CINreferralDate", date.Field);
        Assert.Equal("2025-13-45", date.Value);
        Assert.Equal("a date as YYYY-MM-DD", date.Expected);
        Assert.Equal("C2", date.ChildId);
        Assert.NotNull(date.Line);
        Assert.Equal("test.xml", date.File);
        Assert.Equal("ReferralSource", errors[1].Field);
        Assert.Contains("1A, 1B", errors[1].Expected, StringComparison.Ordinal);
        Assert.Equal("ReferralNFA", errors[2].Field);
        Assert.Equal("/Message/Children/Child[3]/CINdetails[1]/CINreferralDate", errors[3].Path);
    }

    [Fact]
    public void Path_counts_repeated_elements()
    {
        var child = ChildXml("C12").Replace("</CINdetails>", "</CINdetails><CINdetails><CINreferralDate>bad</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>1</ReferralNFA></CINdetails>", StringComparison.Ordinal);
        var others = Enumerable.Range(1, 11).Select(i => ChildXml($"C{i}"));
        var reader = Reader(CensusFile("2026-03-31", [.. others, child]));

        _ = reader.ReadChildren().ToList();

        Assert.Equal("/Message/Children/Child[12]/CINdetails[2]/CINreferralDate", Assert.Single(reader.Problems).Path);
    }

    [Fact]
    public void Missing_required_elements_are_each_reported()
    {
        string child = """
            <Child>
              <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
              <CINdetails><ReferralSource>1A</ReferralSource></CINdetails>
            </Child>
            """;
        var reader = Reader(CensusFile("2026-03-31", child));

        Assert.Empty(reader.ReadChildren());

        var missing = reader.Problems.Select(p => p.Field).ToList();
        Assert.Equal(["Sex", "CINreferralDate", "ReferralNFA", "ChildCharacteristics"], missing);
    }

    [Fact]
    public void Unknown_elements_are_warnings_and_ignored()
    {
        var child = ChildXml("C1").Replace("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity>WBRI</Ethnicity><FavouriteColour>blue</FavouriteColour>", StringComparison.Ordinal);
        var reader = Reader(CensusFile("2026-03-31", child));

        Assert.Single(reader.ReadChildren());

        var warning = Assert.Single(reader.Problems);
        Assert.Equal(ReturnProblemSeverity.Warning, warning.Severity);
        Assert.Equal("FavouriteColour", warning.Field);
    }

    [Fact]
    public void A_file_without_a_year_needs_one_given()
    {
        string xml = "<Message><Children>" + ChildXml("C1") + "</Children></Message>";

        var ex = Assert.Throws<ReturnReadException>(() => CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml"));
        var census = CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml", new CinCensusReadOptions { Year = new CollectionYear(2025) });

        Assert.Contains("--year", Assert.Single(ex.Errors).Expected, StringComparison.Ordinal);
        Assert.Single(census.Children);
    }

    [Fact]
    public void Children_stream_before_the_file_is_read_to_its_end()
    {
        // Arrange: 2,000 children, then a broken end
        var children = Enumerable.Range(1, 2000).Select(i => ChildXml($"C{i}")).ToArray();
        var bytes = CensusFile("2026-03-31", children);
        var stream = new CountingStream(new MemoryStream(bytes[..^15]));
        var reader = new CinCensusReader(stream, "test.xml");

        // Act
        using var enumerator = reader.ReadChildren().GetEnumerator();
        Assert.True(enumerator.MoveNext());
        long readAtFirst = stream.BytesRead;
        int count = 1;
        while (enumerator.MoveNext())
        {
            count++;
        }

        // Assert
        Assert.True(readAtFirst < bytes.Length / 4, $"read {readAtFirst} of {bytes.Length} bytes before the first child");
        Assert.Equal(2000, count);
        Assert.True(reader.Problems.HasErrors);
    }
}

internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read = inner.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        BytesRead += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
