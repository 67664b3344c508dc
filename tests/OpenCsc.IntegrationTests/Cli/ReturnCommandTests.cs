using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Returns.Imports;

namespace OpenCsc.IntegrationTests.Cli;

public sealed class ReturnCommandTests
{
    private static string NewSqliteFile() => Path.Combine(Directory.CreateTempSubdirectory("opencsc-cli-").FullName, "test.db");

    [Fact]
    public async Task ImportCinCensus_Sample_Succeeds_AndExportWritesTheYear()
    {
        string db = NewSqliteFile();
        string output = Path.Combine(Path.GetDirectoryName(db)!, "out", "cin.xml");

        CliRunner.Result import = await CliRunner.RunAsync("import", "cin-census", ReturnsTestData.CinSample, "--db", db);
        CliRunner.Result export = await CliRunner.RunAsync("export", "cin-census", "--year", "2022", "--out", output, "--db", db);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("332 children", import.Output, StringComparison.Ordinal);
        Assert.Contains("of 332 children written", import.Output, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(new FileInfo(output).Length > 1000);
    }

    [Fact]
    public async Task ImportCinCensus_BadFile_ExitsOne_ListingTheProblem()
    {
        string db = NewSqliteFile();
        string bad = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, "<PersonBirthDate>2011-04-27</PersonBirthDate>", "<PersonBirthDate>2011-13-27</PersonBirthDate>");

        CliRunner.Result result = await CliRunner.RunAsync("import", "cin-census", bad, "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PersonBirthDate", result.Error, StringComparison.Ordinal);
        Assert.Contains("2011-13-27", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public async Task ImportSsda903_2025WithOldSexCodes_ExitsOne_WithTheHint_AndAsYearImports()
    {
        string db = NewSqliteFile();

        CliRunner.Result rejected = await CliRunner.RunAsync("import", "ssda903", ReturnsTestData.Ssda903Folder, "--year", "2025", "--db", db);
        CliRunner.Result accepted = await CliRunner.RunAsync("import", "ssda903", ReturnsTestData.Ssda903Folder, "--year", "2025", "--as-year", "2023", "--db", db);

        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains("--as-year 2023", rejected.Error, StringComparison.Ordinal);
        Assert.True(accepted.ExitCode == 0, accepted.Error);
    }

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public async Task ExportSsda903_CsvAndXml_Succeed()
    {
        string db = NewSqliteFile();
        string folder = Path.Combine(Path.GetDirectoryName(db)!, "903");
        string xml = Path.Combine(Path.GetDirectoryName(db)!, "903.xml");
        await CliRunner.RunAsync("import", "ssda903", ReturnsTestData.Ssda903Folder, "--year", "2023", "--db", db);

        CliRunner.Result csv = await CliRunner.RunAsync("export", "ssda903", "--year", "2023", "--out", folder, "--db", db);
        CliRunner.Result asXml = await CliRunner.RunAsync("export", "ssda903", "--year", "2023", "--out", xml, "--xml", "--db", db);

        Assert.True(csv.ExitCode == 0, csv.Error);
        Assert.True(asXml.ExitCode == 0, asXml.Error);
        Assert.True(Directory.GetFiles(folder, "*.csv").Length >= 10);
        Assert.True(File.Exists(xml));
    }

    [Fact]
    public async Task ExportAnnexA_WritesAWorkbook()
    {
        string db = NewSqliteFile();
        string output = Path.Combine(Path.GetDirectoryName(db)!, "annex-a.xlsx");

        CliRunner.Result result = await CliRunner.RunAsync("export", "annex-a", "--as-of", "2026-03-31", "--out", output, "--db", db);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(new FileInfo(output).Length > 0);
    }

    [Theory]
    [InlineData("import", "cin-census", "/no/such/file.xml")]
    [InlineData("import", "ssda903", "/no/such/folder")]
    [InlineData("export", "cin-census", "--out", "x.xml")]
    [InlineData("export", "cin-census", "--year", "twenty", "--out", "x.xml")]
    [InlineData("export", "annex-a", "--as-of", "31/03/2026", "--out", "x.xlsx")]
    public async Task BadUsage_ExitsTwo(params string[] args)
    {
        CliRunner.Result result = await CliRunner.RunAsync([.. args, "--db", NewSqliteFile()]);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }
}
