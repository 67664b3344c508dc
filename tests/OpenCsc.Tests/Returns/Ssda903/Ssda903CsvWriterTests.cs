using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns.Ssda903;

public class Ssda903CsvWriterTests
{
    private static readonly CollectionYear Year2023 = new(2023);

    [Fact]
    public void Sample_write_then_read_gives_the_same_records()
    {
        // Arrange
        var first = Ssda903CsvReader.ReadFolder(SharedFormats.Require("samples", "ssda903"), new Ssda903ReadOptions { Year = Year2023 });
        using var folder = new TempFolder();

        // Act
        var paths = Ssda903CsvWriter.WriteFolder(folder.Path, first, Year2023);
        var second = Ssda903CsvReader.ReadFolder(folder.Path, new Ssda903ReadOptions { Year = Year2023 });

        // Assert
        Assert.Equal(11, paths.Count);
        foreach (var table in Enum.GetValues<Ssda903Table>())
        {
            Assert.Equal(first.Records(table), second.Records(table));
        }
    }

    [Fact]
    public void Files_have_the_DfE_headers_CRLF_and_no_byte_order_mark()
    {
        // Arrange
        var data = new Ssda903Return();
        data.Add(new Ssda903Episode
        {
            Child = "C1",
            Decom = new DateOnly(2023, 4, 5),
            Rne = "S",
            Ls = "C2",
            Cin = "N1",
            Place = "U1",
            Dec = new DateOnly(2023, 12, 25),
            Rec = "E11",
        });
        data.Add(new Ssda903Oc2 { Child = "C1", Dob = new DateOnly(2010, 1, 2), SdqScore = 12, Convicted = false, HealthCheck = true });
        using var folder = new TempFolder();

        // Act
        Ssda903CsvWriter.WriteFolder(folder.Path, data, Year2023);

        // Assert
        var episodes = File.ReadAllBytes(folder.File("episodes.csv"));
        Assert.NotEqual(0xEF, episodes[0]);
        Assert.Equal(
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n" +
            "C1,05/04/2023,S,C2,N1,U1,,25/12/2023,E11,,,,\r\n",
            Encoding.UTF8.GetString(episodes));
        Assert.Equal(
            "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\n" +
            "C1,02/01/2010,12,,0,1,,,,,,\r\n",
            File.ReadAllText(folder.File("oc2.csv")));
        Assert.Equal("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n", File.ReadAllText(folder.File("sw_episodes.csv")));
    }

    [Fact]
    public void Years_before_2023_24_have_no_social_worker_file()
    {
        using var folder = new TempFolder();

        var paths = Ssda903CsvWriter.WriteFolder(folder.Path, new Ssda903Return(), new CollectionYear(2022));

        Assert.Equal(10, paths.Count);
        Assert.False(File.Exists(folder.File("sw_episodes.csv")));
    }

    [Fact]
    public void Formula_like_values_are_written_with_a_leading_quote_and_values_with_commas_in_quotes()
    {
        // Arrange
        var review = new Ssda903Review { Child = "=HYPERLINK(\"http://evil.example\",\"x\")", Dob = new DateOnly(2010, 1, 1), Review = new DateOnly(2023, 5, 1), ReviewCode = "@PN1" };
        var episode = new Ssda903Episode { Child = "C1", Decom = new DateOnly(2023, 4, 5), Rne = "S", Ls = "C2", Cin = "N1", Place = "U1", HomePost = "AB1, 2CD", PlPost = "-1+1" };
        var output = new MemoryStream();
        var episodes = new MemoryStream();

        // Act
        Ssda903CsvWriter.WriteTable(output, Ssda903Table.Reviews, [review], Year2023);
        Ssda903CsvWriter.WriteTable(episodes, Ssda903Table.Episodes, [episode], Year2023);

        // Assert
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n");
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",01/01/2010,01/05/2023,'@PN1", lines[1]);
        Assert.EndsWith(",\"AB1, 2CD\",'-1+1,\r\n", Encoding.UTF8.GetString(episodes.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_formulas_read_back_as_text_that_is_never_a_formula()
    {
        var review = new Ssda903Review { Child = "C1", Dob = new DateOnly(2010, 1, 1), Review = new DateOnly(2023, 5, 1), ReviewCode = "=1+1" };
        var output = new MemoryStream();
        Ssda903CsvWriter.WriteTable(output, Ssda903Table.Reviews, [review], Year2023);
        var reader = new Ssda903CsvReader(new Ssda903ReadOptions { Year = Year2023 });

        var read = (Ssda903Review)Assert.Single(reader.Read(new MemoryStream(output.ToArray()), "reviews.csv"));

        Assert.Equal("'=1+1", read.ReviewCode);
        Assert.Equal(ReturnProblemSeverity.Warning, Assert.Single(reader.Problems).Severity);
    }

    [Fact]
    public void Sex_is_written_in_the_years_coding()
    {
        var header = new Ssda903Header { Child = "C1", Sex = "1", Dob = new DateOnly(2010, 1, 1), Ethnic = "WBRI", Upn = "A123456789012" };
        var old = new MemoryStream();
        var current = new MemoryStream();

        Ssda903CsvWriter.WriteTable(old, Ssda903Table.Header, [header], new CollectionYear(2023));
        Ssda903CsvWriter.WriteTable(current, Ssda903Table.Header, [header with { Sex = "2" }], new CollectionYear(2025));

        Assert.StartsWith("C1,1,", Encoding.UTF8.GetString(old.ToArray()).Split("\r\n")[1], StringComparison.Ordinal);
        Assert.StartsWith("C1,F,", Encoding.UTF8.GetString(current.ToArray()).Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_of_another_table_is_refused()
    {
        var review = new Ssda903Review { Child = "C1", Dob = new DateOnly(2010, 1, 1), Review = new DateOnly(2023, 5, 1), ReviewCode = "PN1" };

        Assert.Throws<ArgumentException>(() => Ssda903CsvWriter.WriteTable(new MemoryStream(), Ssda903Table.Episodes, [review], Year2023));
    }
}
