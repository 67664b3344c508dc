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
    public async Task ValidateSsda903_Providers_RunsTheUrnRules_AndWithoutThemSaysSoOnce()
    {
        string folder = Directory.CreateTempSubdirectory("opencsc-validate-").FullName;
        CancellationToken ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(folder, "episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "1,01/05/2026,S,C2,N1,K2,PR3,,,,N1 1AA,N2 2BB,SC000001\n2,01/05/2026,S,C2,N1,K2,PR3,,,,N1 1AA,N2 2BB,SC000009\n", ct);
        string providers = Path.Combine(folder, "providers.txt");
        await File.WriteAllTextAsync(providers, "URN,Placement code,Placement provider code,Deregistration date,Setting address postcode\nSC000001,K2,PR3,,N2 2BB\n", ct);

        CliRunner.Result with = await CliRunner.RunAsync("validate", "ssda903", folder, "--year", "2026", "--providers", providers, "--format", "json");
        CliRunner.Result without = await CliRunner.RunAsync("validate", "ssda903", folder, "--year", "2026", "--format", "json");

        Assert.True(with.ExitCode == 0, with.Error);
        using JsonDocument report = JsonDocument.Parse(with.Output);
        string[] urnFailures = [.. report.RootElement.GetProperty("failures").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() is "219" or "221" or "224" or "227" or "228" or "1008")
            .Select(f => $"{f.GetProperty("rule").GetString()}:{f.GetProperty("row").GetInt32()}")];
        // The second episode's URN is not in the list: 219, 224 and 1008 flag it; 221 too (no provider postcode to match).
        Assert.Equal(["219:1", "221:1", "224:1", "1008:1"], urnFailures);
        Assert.DoesNotContain("table Provider Info is absent", with.Error, StringComparison.Ordinal);
        // The Ofsted list has no LA codes (the DfE's tool infers them from the postcode): rule 229 says so.
        Assert.Contains("column LA_CODE_INFERRED is absent from Provider Info, so rules 229 were not run", with.Error, StringComparison.Ordinal);
        Assert.True(without.ExitCode == 0, without.Error);
        Assert.Contains("table Provider Info is absent, so rules 219, 221, 224, 227, 228, 229, 1008 were not run. Give the Ofsted provider information with --providers FILE.", without.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateSsda903_UnreadableProviders_ExitsOne_NamingTheFileLineAndColumn()
    {
        string folder = Directory.CreateTempSubdirectory("opencsc-validate-").FullName;
        CancellationToken ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(folder, "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2020,WBRI,UN1,,\n", ct);
        string providers = Path.Combine(folder, "providers.txt");
        await File.WriteAllTextAsync(providers, "URN,REG_END\nSC000001,soon\n", ct);

        CliRunner.Result bad = await CliRunner.RunAsync("validate", "ssda903", folder, "--year", "2026", "--providers", providers);
        CliRunner.Result absent = await CliRunner.RunAsync("validate", "ssda903", folder, "--year", "2026", "--providers", Path.Combine(folder, "none.csv"));

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("providers.txt line 2: REG_END 'soon'", bad.Error, StringComparison.Ordinal);
        Assert.Equal(1, absent.ExitCode);
        Assert.Contains("none.csv", absent.Error, StringComparison.Ordinal);
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
