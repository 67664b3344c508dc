using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using static OpenCsc.Tests.Returns.CinCensus.CinCensusExamples;

namespace OpenCsc.Tests.Returns.CinCensus;

public class CinCensusHostileFileTests
{
    [Fact]
    public void External_entities_are_refused_not_fetched()
    {
        // Arrange
        string secret = Path.Combine(Path.GetTempPath(), $"opencsc-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            string xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE Message [<!ENTITY xxe SYSTEM "file://{secret}">]>
                <Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child></Children></Message>
                """;
            var reader = Reader(Encoding.UTF8.GetBytes(xml));

            // Act
            var children = reader.ReadChildren().ToList();

            // Assert
            Assert.Empty(children);
            var problem = Assert.Single(reader.Problems);
            Assert.Contains("DTD", problem.Expected, StringComparison.Ordinal);
            Assert.Equal("(XML)", problem.Field);
            Assert.DoesNotContain(reader.Problems, p => p.ToString().Contains("TOP-SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_DTD()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};\">");
        }

        string xml = $"<?xml version=\"1.0\"?><!DOCTYPE Message [{entities}]><Message><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID></ChildIdentifiers></Child></Children></Message>";
        // Quick because it is refused at the DTD, before any entity is expanded: the problem naming the DTD shows that
        // without a stopwatch, which a busy machine could fail.
        var ex = Assert.Throws<ReturnReadException>(() => CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "laughs.xml"));

        Assert.Contains("DTD", Assert.Single(ex.Problems).Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_gives_a_problem_with_its_line_and_keeps_what_came_before()
    {
        // Arrange
        var bytes = CensusFile("2026-03-31", ChildXml("C1"), ChildXml("C2"), ChildXml("C3"));
        var cut = bytes[..(bytes.Length * 2 / 3)];
        var reader = Reader(cut);

        // Act
        var children = reader.ReadChildren().ToList();

        // Assert
        Assert.NotEmpty(children);
        var problem = Assert.Single(reader.Problems.Errors);
        Assert.Equal("(XML)", problem.Field);
        Assert.NotNull(problem.Line);
        Assert.Equal("well-formed XML", problem.Expected);
        Assert.Throws<ReturnReadException>(() => CinCensusReader.ReadAll(new MemoryStream(cut), "cut.xml"));
    }

    [Fact]
    public void A_wrong_encoding_declaration_gives_a_problem()
    {
        var text = Encoding.UTF8.GetString(CensusFile("2026-03-31", ChildXml("C1"))).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);

        var ex = Assert.Throws<ReturnReadException>(() => CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), "utf16.xml"));

        Assert.Equal("(XML)", Assert.Single(ex.Problems).Field);
    }

    [Fact]
    public void An_unknown_encoding_declaration_gives_a_problem()
    {
        var text = Encoding.UTF8.GetString(CensusFile("2026-03-31", ChildXml("C1"))).Replace("encoding=\"UTF-8\"", "encoding=\"no-such-charset\"", StringComparison.Ordinal);

        var ex = Assert.Throws<ReturnReadException>(() => CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), "odd.xml"));

        Assert.Single(ex.Problems);
    }

    [Fact]
    public void Windows_1252_bytes_in_a_UTF8_file_give_a_problem_with_the_line()
    {
        var bytes = CensusFile("2026-03-31", ChildXml("C1"), ChildXml("CAF\u00C9"));
        var text = Encoding.UTF8.GetString(bytes);
        var latin = Encoding.Latin1.GetBytes(text);

        var ex = Assert.Throws<ReturnReadException>(() => CinCensusReader.ReadAll(new MemoryStream(latin), "ansi.xml"));

        var problem = Assert.Single(ex.Problems);
        Assert.NotNull(problem.Line);
        Assert.True(problem.Line > 20);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(CensusFile("2026-03-31", ChildXml("C1"))).ToArray();

        var census = CinCensusReader.ReadAll(new MemoryStream(bytes), "bom.xml");

        Assert.Single(census.Children);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("CHILD,DOB\n1,01/01/2020\n")]
    [InlineData("<Other/>")]
    [InlineData("<Message/>")]
    [InlineData("<Message><Children/></Message>")]
    [InlineData("<Message><Children></Children></Message>")]
    [InlineData("<Message><Children><Child/></Children></Message>")]
    [InlineData("<Message><Children><Child><ChildIdentifiers><LAchildID><b>x</b></LAchildID></ChildIdentifiers></Child></Children></Message>")]
    [InlineData("<Message><Header><Header/></Header><Children><Child>text</Child></Children></Message>")]
    public void Odd_files_give_problems_not_crashes(string content)
    {
        var reader = Reader(Encoding.UTF8.GetBytes(content), new CinCensusReadOptions { Year = new CollectionYear(2025) });

        var children = reader.ReadChildren().ToList();

        Assert.Empty(children);
        Assert.True(reader.Problems.HasErrors);
    }

    [Fact]
    public void Every_truncation_of_a_file_gives_problems_not_crashes()
    {
        var bytes = Write(new CollectionYear(2025), FullChild("C1", "M"), MinimalChild("C2", "F"));

        for (int length = 0; length < bytes.Length - 12; length += 7)
        {
            var reader = Reader(bytes[..length]);
            _ = reader.ReadChildren().ToList();
            Assert.True(reader.Problems.HasErrors, $"cut at {length}");
        }
    }
}
