using System.Text.Json;
using OpenCsc.IntegrationTests.Cli;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Returns.Validation;

/// <summary>Every CIN census sample in ../shared/samples/cin validates without crashing, through the command.</summary>
public sealed class CinCensusSampleTests
{
    [Fact]
    public async Task Samples_Validate_WithEveryRuleRun_AndPathsForRows()
    {
        string folder = SharedFolder.Require(Path.Combine("samples", "cin"));
        string[] files = Directory.GetFiles(folder, "*.xml");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            // The sample's Header is for the census ending in 2022, so the 2021/22 collection.
            CliRunner.Result result = await CliRunner.RunAsync("validate", "cin-census", file, "--year", "2021");

            Assert.True(result.ExitCode == 0, $"{file}: {result.Error}");
            using JsonDocument report = JsonDocument.Parse(result.Output);
            Assert.Equal(109, report.RootElement.GetProperty("rulesRun").GetInt32());
            Assert.Empty(report.RootElement.GetProperty("missing").EnumerateArray());
            JsonElement[] failures = [.. report.RootElement.GetProperty("failures").EnumerateArray()];
            Assert.NotEmpty(failures);
            Assert.All(failures, f => Assert.StartsWith("/Message/", f.GetProperty("row").GetString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task MalformedFile_ExitsOne_NamingTheFileAndLine()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("opencsc-cin-").FullName, "census.xml");
        await File.WriteAllTextAsync(file, "<Message>\n<Header>\n<Children>\n", TestContext.Current.CancellationToken);

        CliRunner.Result result = await CliRunner.RunAsync("validate", "cin-census", file, "--year", "2025");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(file + " line 4", result.Error, StringComparison.Ordinal);
    }
}
