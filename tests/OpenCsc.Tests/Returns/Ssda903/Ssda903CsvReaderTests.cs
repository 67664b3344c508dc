using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns.Ssda903;

public class Ssda903CsvReaderTests
{
    private static readonly Ssda903ReadOptions Year2023 = new() { Year = new CollectionYear(2023) };

    private static string SampleFolder => SharedFormats.Require("samples", "ssda903");

    [Fact]
    public void Sample_tables_all_read()
    {
        // Act
        var data = Ssda903CsvReader.ReadFolder(SampleFolder, Year2023);

        // Assert: 2,675 children and 5,050 episodes, as the issue says
        Assert.Equal(2675, data.Headers.Count);
        Assert.Equal(5050, data.Episodes.Count);
        Assert.Equal(12582, data.Reviews.Count);
        Assert.Equal(132, data.Uasc.Count);
        Assert.Equal(2675, data.Oc2.Count);
        Assert.Equal(53, data.Oc3.Count);
        Assert.Equal(29, data.Ad1.Count);
        Assert.Equal(29, data.PlacedAdoption.Count);
        Assert.Equal(2675, data.PrevPerm.Count);
        Assert.Equal(43, data.Missing.Count);
        Assert.Single(data.SwEpisodes);
        var first = data.Episodes[0];
        Assert.Equal("566910", first.Child);
        Assert.Equal(new DateOnly(2016, 2, 15), first.Decom);
        Assert.Equal(new DateOnly(2017, 8, 14), first.Dec);
        Assert.Equal("4244474", first.Urn);
        Assert.Null(first.HomePost);
        Assert.True(data.Headers.Single(h => h.Mother is not null).Mother);
        Assert.Equal("SW999", data.SwEpisodes[0].SwId);
    }

    [Fact]
    public void Sample_reports_DoLo_as_not_a_table_and_odd_codes_as_warnings()
    {
        var data = Ssda903CsvReader.ReadFolder(SampleFolder, Year2023);

        var dolo = Assert.Single(data.Warnings, w => w.File == "DoLo.csv");
        Assert.Contains("not a SSDA903 table, ignored", dolo.Expected, StringComparison.Ordinal);
        Assert.Contains(data.Warnings, w => w.File == "placed_for_adoption.csv" && w.Value == "XXX" && w.Field == "REASON_PLACED_CEASED");
        Assert.Contains(data.Warnings, w => w.File == "oc3.csv" && w.Value == "01" && w.Line is > 1);
        Assert.Contains(data.Warnings, w => w.File == "sw_episodes.csv" && w.Value == "SWLAZY");
        Assert.Contains(data.Warnings, w => w.File == "header.csv" && w.Value == "1.0");
    }

    [Fact]
    public void Strict_reading_makes_codes_outside_the_list_errors()
    {
        var ex = Assert.Throws<ReturnReadException>(() =>
            Ssda903CsvReader.ReadFolder(SampleFolder, Year2023 with { Strict = true }));

        Assert.Contains(ex.Errors, e => e.Value == "XXX");
        Assert.DoesNotContain(ex.Errors, e => e.File == "DoLo.csv");
    }

    [Fact]
    public void Sample_read_as_2025_26_names_the_rows_with_SEX_coded_1_2()
    {
        var ex = Assert.Throws<ReturnReadException>(() =>
            Ssda903CsvReader.ReadFolder(SampleFolder, new Ssda903ReadOptions { Year = new CollectionYear(2025) }));

        // Every SEX in header.csv and uasc.csv is an error: all are counted, the first 1,000 listed (issue 14).
        var sex = ex.Errors.Where(e => e.Field == "SEX").ToList();
        Assert.Equal(2675 + 132, ex.ErrorCount);
        Assert.Equal(ReturnProblems.DefaultLimit, sex.Count);
        var first = sex.First(e => e.File == "header.csv");
        Assert.Equal(2, first.Line);
        Assert.Equal("566910", first.ChildId);
        Assert.Contains("TreatAsYear", first.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_read_as_2025_26_treated_as_2023_24_reads()
    {
        var data = Ssda903CsvReader.ReadFolder(SampleFolder, new Ssda903ReadOptions
        {
            Year = new CollectionYear(2025),
            TreatAsYear = new CollectionYear(2023),
        });

        Assert.Equal(2675, data.Headers.Count);
    }

    [Fact]
    public void Social_worker_episodes_before_2023_24_are_ignored_with_a_warning()
    {
        var data = Ssda903CsvReader.ReadFolder(SampleFolder, new Ssda903ReadOptions { Year = new CollectionYear(2020) });

        Assert.Empty(data.SwEpisodes);
        Assert.Contains(data.Warnings, w => w.File == "sw_episodes.csv" && w.Expected.Contains("later year", StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_are_recognised_by_columns_in_any_order_not_by_file_name()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("export-1.csv", "dec,REC,CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n14/08/2017,X1,566910,15/02/2016,L,C2,N3,T2,PR0,CLOSE,,,4244474\n");
        folder.Write("header.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nC1,01/01/2010,SW1,01/05/2023,,\n");

        // Act
        var data = Ssda903CsvReader.ReadFolder(folder.Path, Year2023);

        // Assert
        var episode = Assert.Single(data.Episodes);
        Assert.Equal(new DateOnly(2017, 8, 14), episode.Dec);
        Assert.Equal("X1", episode.Rec);
        Assert.Equal("T2", episode.Place);
        Assert.Single(data.SwEpisodes);
        Assert.Empty(data.Headers);
    }

    [Fact]
    public void A_file_with_unknown_or_missing_columns_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        folder.Write("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,NOTES\n");
        folder.Write("reviews.csv", "CHILD,DOB,REVIEW\n");

        var ex = Assert.Throws<ReturnReadException>(() => Ssda903CsvReader.ReadFolder(folder.Path, Year2023));

        var episodes = Assert.Single(ex.Errors, e => e.File == "episodes.csv");
        Assert.Contains("unknown NOTES", episodes.Expected, StringComparison.Ordinal);
        var reviews = Assert.Single(ex.Errors, e => e.File == "reviews.csv");
        Assert.Contains("missing REVIEW_CODE", reviews.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_the_same_table_are_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("a.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/05/2023,PN1\n");
        folder.Write("b.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n2,01/01/2010,01/05/2023,PN1\n");

        var ex = Assert.Throws<ReturnReadException>(() => Ssda903CsvReader.ReadFolder(folder.Path, Year2023));

        Assert.Equal("b.csv", Assert.Single(ex.Errors).File);
    }

    [Fact]
    public void A_folder_without_tables_is_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "hello");

        Assert.Throws<ReturnReadException>(() => Ssda903CsvReader.ReadFolder(folder.Path, Year2023));
    }
}
