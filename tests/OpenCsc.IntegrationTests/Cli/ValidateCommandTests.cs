using System.Text.Json;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task ValidateSsda903_SampleReturn_ExitsZero_ListingFailuresAndWhatWasNotChecked()
    {
        string sample = SharedFolder.Require(Path.Combine("samples", "ssda903"));

        CliRunner.Result result = await CliRunner.RunAsync("validate", "ssda903", sample, "--year", "2026", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument report = JsonDocument.Parse(result.Output);
        JsonElement failures = report.RootElement.GetProperty("failures");
        Assert.True(failures.GetArrayLength() > 0);
        JsonElement first = failures[0];
        foreach (string property in new[] { "rule", "type", "table", "row", "child", "fields", "message" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }

        // The sample has no Episodes_last, so the rules comparing with last year say so once.
        Assert.Contains("Episodes_last", result.Error, StringComparison.Ordinal);
        Assert.Equal("2026-04-01", report.RootElement.GetProperty("collection").GetProperty("start").GetString());
    }

    [Fact]
    public async Task ValidateSsda903_PeriodEnd_MovesTheWindow_AndTableFormatSummarises()
    {
        string folder = Directory.CreateTempSubdirectory("opencsc-validate-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,X,01/01/2030,WBRI,UN1,,\n", TestContext.Current.CancellationToken);

        CliRunner.Result result = await CliRunner.RunAsync("validate", "ssda903", folder, "--year", "2026", "--period-end", "2026-11-22", "--format", "table");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("101 ", result.Output, StringComparison.Ordinal);
        Assert.Contains("301 ", result.Output, StringComparison.Ordinal);
        Assert.Contains("collection 2025-11-23 to 2026-11-22", result.Output, StringComparison.Ordinal);
        Assert.Contains("table Episodes is absent", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateSsda903_UnreadableInput_ExitsOne_NamingTheFileAndLine()
    {
        string folder = Directory.CreateTempSubdirectory("opencsc-validate-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "header.csv"), "CHILD,SEX,SEX\n1,M,M\n", TestContext.Current.CancellationToken);
        string missing = Path.Combine(folder, "no-such-folder");

        CliRunner.Result duplicate = await CliRunner.RunAsync("validate", "ssda903", folder, "--year", "2026");
        CliRunner.Result absent = await CliRunner.RunAsync("validate", "ssda903", missing, "--year", "2026");

        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("header.csv line 1", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(1, absent.ExitCode);
        Assert.Contains("no-such-folder", absent.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateSsda903_Xlsx_WritesAWorkbook()
    {
        string sample = SharedFolder.Require(Path.Combine("samples", "ssda903"));
        string output = Path.Combine(Directory.CreateTempSubdirectory("opencsc-validate-").FullName, "report.xlsx");

        CliRunner.Result result = await CliRunner.RunAsync("validate", "ssda903", sample, "--year", "2026", "--format", "xlsx", "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(new FileInfo(output).Length > 1000);
    }
}
