using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns.Ssda903;

public class Ssda903XmlTests
{
    private static readonly Ssda903ReadOptions Year2023 = new() { Year = new CollectionYear(2023) };

    private static string SamplePath => SharedFormats.Require("samples", "ssda903", "fake_903.xml");

    private static string Schema => SharedFormats.Require("formats", "ssda903", "CLA.xsd");

    [Fact]
    public void Sample_reads_into_the_table_records()
    {
        // Act
        var data = Ssda903XmlReader.ReadAll(SamplePath, Year2023);

        // Assert
        Assert.Equal(253, data.Headers.Count);
        Assert.Equal(459, data.Episodes.Count);
        Assert.Equal(1206, data.Reviews.Count);
        Assert.Equal(12, data.Uasc.Count);
        Assert.Equal(3, data.Ad1.Count);
        Assert.Equal(6, data.Oc3.Count);
        Assert.Equal(6, data.Missing.Count);
        Assert.Equal(3, data.PlacedAdoption.Count);
        Assert.Equal(253, data.Oc2.Count);
        Assert.Equal(253, data.PrevPerm.Count);
        var first = data.Episodes[0];
        Assert.Equal("907440", first.Child);
        Assert.Equal("R5", first.Place);
        Assert.Equal(new DateOnly(2017, 1, 6), first.Decom);
        Assert.Equal("CUSTOD", first.ReasonPlaceChange);
        Assert.Equal(new DateOnly(2010, 7, 28), data.Reviews[0].Dob);
        Assert.All(data.Warnings, w => Assert.StartsWith("a code from the 2023/24 list", w.Expected, StringComparison.Ordinal));
        Assert.Contains(data.Warnings, w => w.Field == "REASON_PLACED_CEASED" && w.Path == "/EXPSSDA903/CHILD[146]/HEADER/AD_PLACED[1]/REASON_PLACED_CEASED");
    }

    [Fact]
    public void Sample_write_validates_against_CLA_xsd_and_reads_back_the_same()
    {
        // Arrange
        var first = Ssda903XmlReader.ReadAll(SamplePath, Year2023);
        var output = new MemoryStream();

        // Act
        Ssda903XmlWriter.Write(output, first, new CollectionYear(2023));
        var second = Ssda903XmlReader.ReadAll(new MemoryStream(output.ToArray()), "again.xml", Year2023);

        // Assert
        Assert.Empty(SharedFormats.Validate(output.ToArray(), Schema));
        foreach (var table in Enum.GetValues<Ssda903Table>())
        {
            Assert.Equal(first.Records(table), second.Records(table));
        }
    }

    [Fact]
    public void Csv_sample_written_as_xml_validates_and_keeps_every_table_the_xml_has()
    {
        // Arrange
        var csv = Ssda903CsvReader.ReadFolder(SharedFormats.Require("samples", "ssda903"), Year2023);
        var output = new MemoryStream();

        // Act
        Ssda903XmlWriter.Write(output, csv, new CollectionYear(2023));
        var xml = Ssda903XmlReader.ReadAll(new MemoryStream(output.ToArray()), "from-csv.xml", Year2023);

        // Assert
        Assert.Empty(SharedFormats.Validate(output.ToArray(), Schema));
        Assert.Equal(csv.Headers, xml.Headers);
        Assert.Equal(csv.Episodes.OrderBy(e => e.Child, StringComparer.Ordinal), xml.Episodes.OrderBy(e => e.Child, StringComparer.Ordinal));
        Assert.Equal(csv.Uasc.Count, xml.Uasc.Count);
        Assert.Equal(csv.Oc3.Count, xml.Oc3.Count);
        Assert.Empty(xml.SwEpisodes);
    }

    [Fact]
    public void A_child_without_a_header_row_is_refused_by_ByChild_when_duplicated()
    {
        var data = new Ssda903Return();
        data.Add(new Ssda903Oc2 { Child = "C1", Dob = new DateOnly(2010, 1, 1) });
        data.Add(new Ssda903Oc2 { Child = "C1", Dob = new DateOnly(2010, 1, 1) });

        Assert.Throws<ArgumentException>(() => Ssda903XmlWriter.Write(new MemoryStream(), data, new CollectionYear(2023)));
    }

    [Fact]
    public void Dtds_are_refused()
    {
        string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE EXPSSDA903 [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <EXPSSDA903><CHILD><HEADER><CHILDID>&xxe;</CHILDID></HEADER></CHILD></EXPSSDA903>
            """;

        var ex = Assert.Throws<ReturnReadException>(() => Ssda903XmlReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "x.xml", Year2023));

        Assert.Contains("DTD", Assert.Single(ex.Problems).Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_are_reported_with_their_element_path()
    {
        string xml = """
            <EXPSSDA903>
            <CHILD><HEADER><CHILDID>A1</CHILDID><UPN/><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UASC/></HEADER>
              <EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC/><REC/></EPISODE></CHILD>
            <CHILD><HEADER><CHILDID>A2</CHILDID><UPN/><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UASC>Y</UASC>
              <AREVIEW><REVIEW>01/05/2023</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW><AREVIEW><REVIEW>2023-13-01</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW></HEADER>
              <EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>=1+1</PL><DEC/><REC/></EPISODE></CHILD>
            </EXPSSDA903>
            """;
        var reader = new Ssda903XmlReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "bad.xml", Year2023);

        var children = reader.ReadChildren().ToList();

        Assert.Equal("A1", Assert.Single(children).Child);
        Assert.Equal(
            ["/EXPSSDA903/CHILD[2]/HEADER/UASC", "/EXPSSDA903/CHILD[2]/HEADER/AREVIEW[2]/REVIEW", "/EXPSSDA903/CHILD[2]/EPISODE[1]/PL"],
            reader.Problems.Errors.Select(p => p.Path));
        Assert.All(reader.Problems.Errors, p => Assert.Equal("A2", p.ChildId));
        Assert.Equal(6, reader.Problems.Errors.Last().Line);
        Assert.Equal("PL", reader.Problems.Errors.Last().Field);
    }

    [Fact]
    public void Non_ASCII_bytes_in_a_file_declared_US_ASCII_are_a_problem_not_question_marks()
    {
        var text = File.ReadAllText(SamplePath).Replace("<CHILDID>907440</CHILDID>", "<CHILDID>907440\u00E9</CHILDID>", StringComparison.Ordinal);

        var ex = Assert.Throws<ReturnReadException>(() => Ssda903XmlReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), "ascii.xml", Year2023));

        var problem = Assert.Single(ex.Problems);
        Assert.Contains("encoding", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_keeps_complete_children_and_reports_the_break()
    {
        var bytes = File.ReadAllBytes(SamplePath);
        var reader = new Ssda903XmlReader(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.xml", Year2023);

        var children = reader.ReadChildren().ToList();

        Assert.InRange(children.Count, 100, 140);
        Assert.Equal("(XML)", Assert.Single(reader.Problems.Errors).Field);
    }
}
