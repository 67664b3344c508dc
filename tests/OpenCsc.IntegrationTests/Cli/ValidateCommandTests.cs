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
    public async Task ValidateSsda903_Earlier_GivesRule1002TheEpisodesBeforeLastYear()
    {
        // Care leaver 7 left care before last year: rule 1002 flags it unless an earlier return shows its episodes.
        CancellationToken ct = TestContext.Current.CancellationToken;
        string folder = Directory.CreateTempSubdirectory("opencsc-validate-").FullName;
        string last = Directory.CreateTempSubdirectory("opencsc-validate-last-").FullName;
        string earlier = Directory.CreateTempSubdirectory("opencsc-validate-earlier-").FullName;
        const string columns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
        await File.WriteAllTextAsync(Path.Combine(folder, "oc3.csv"), "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n7,01/06/2008,YES,F2,D1\n", ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "episodes.csv"), columns + "1,01/05/2026,S,C2,N1,U1,PR1,,,,,,\n", ct);
        await File.WriteAllTextAsync(Path.Combine(last, "episodes.csv"), columns + "1,01/05/2025,S,C2,N1,U1,PR1,,,,,,\n", ct);
        await File.WriteAllTextAsync(Path.Combine(earlier, "episodes.csv"), columns + "7,01/05/2022,S,C2,N1,U1,PR1,01/06/2024,E41,,,,\n", ct);

        CliRunner.Result alone = await CliRunner.RunAsync("validate", "ssda903", folder, "--previous", last, "--year", "2026", "--format", "json");
        CliRunner.Result withEarlier = await CliRunner.RunAsync("validate", "ssda903", folder, "--previous", last, "--earlier", earlier, "--year", "2026", "--format", "json");

        Assert.True(alone.ExitCode == 0, alone.Error);
        Assert.True(withEarlier.ExitCode == 0, withEarlier.Error);
        Assert.Contains(Rules(alone), r => r == "1002");
        Assert.DoesNotContain(Rules(withEarlier), r => r == "1002");

        static List<string?> Rules(CliRunner.Result result)
        {
            using JsonDocument report = JsonDocument.Parse(result.Output);
            return report.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        }
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
