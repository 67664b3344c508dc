using System.Text.Json;
using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Cli;

public sealed class IndicatorsCommandTests(PostgresServer postgres)
{
    [Fact]
    public async Task Json_GivesEachIndicatorForEachMonth_WithNumeratorDenominatorValueAndTarget()
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        j.Plan(j.Child("APRIL"), D(2026, 4, 10));
        j.Plan(j.Child("MAY"), D(2026, 5, 20));
        j.Assessment(j.Referral(j.Child("A"), D(2026, 5, 1)), D(2026, 5, 1), D(2026, 5, 15));
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        CliRunner.Result result = await CliRunner.RunAsync(
            "indicators", "--as-of", "2026-05-20", "--months", "2", "--code", "CPP_OPEN", "--code", "ASSESSMENTS_45WD", "--format", "json", "--db", TestDatabases.DbArgument(j.Settings));

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        var line = rows.Select(r => string.Join('|',
            r.GetProperty("code").GetString(), r.GetProperty("period").GetProperty("from").GetString(), r.GetProperty("period").GetProperty("to").GetString(),
            r.GetProperty("numerator").GetInt64(), Raw(r.GetProperty("denominator")), Raw(r.GetProperty("value")), Raw(r.GetProperty("target")))).ToList();
        Assert.Equal(
        [
            "CPP_OPEN|2026-04-01|2026-04-30|1|null|1|null",
            "CPP_OPEN|2026-05-01|2026-05-20|2|null|2|null",
            "ASSESSMENTS_45WD|2026-04-01|2026-04-30|0|0|null|0.9",
            "ASSESSMENTS_45WD|2026-05-01|2026-05-20|1|1|1|0.9",
        ], line);
    }

    [Fact]
    public async Task Csv_HasAHeaderAndOneLinePerIndicatorAndMonth()
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        CliRunner.Result result = await CliRunner.RunAsync("indicators", "--as-of", "2026-05-31", "--months", "3", "--format", "csv", "--db", TestDatabases.DbArgument(j.Settings));

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,from,to,numerator,denominator,value,target", lines[0]);
        Assert.Equal(1 + (3 * OpenCsc.Indicators.IndicatorCatalogue.All.Count), lines.Length);
        Assert.Contains("CPP_STARTED,2026-03-01,2026-03-31,0,,0,", lines);
    }

    [Fact]
    public async Task FromAndTo_GiveOnePeriodOfAnyLength()
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        j.Plan(j.Child("MARCH"), D(2026, 3, 31));
        j.Plan(j.Child("APRIL"), D(2026, 4, 10));
        j.Plan(j.Child("MAY"), D(2026, 5, 20));
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        CliRunner.Result result = await CliRunner.RunAsync(
            "indicators", "--from", "2026-04-01", "--to", "2026-05-31", "--code", "CPP_STARTED", "--format", "csv", "--db", TestDatabases.DbArgument(j.Settings));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["code,from,to,numerator,denominator,value,target", "CPP_STARTED,2026-04-01,2026-05-31,2,,2,"], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--from", "2026-04-01", "--from and --to go together")]
    [InlineData("--code", "NOPE", "Unknown indicator code(s): NOPE")]
    [InlineData("--team", "No Such Team", "--team 'No Such Team': no team of that name or id")]
    [InlineData("--months", "0", "--months must be between 1 and 120")]
    public async Task BadOptions_AreUsageErrors(string option, string value, string message)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        CliRunner.Result result = await CliRunner.RunAsync("indicators", "--as-of", "2026-05-31", option, value, "--db", TestDatabases.DbArgument(j.Settings));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private static string Raw(JsonElement element) => element.ValueKind == JsonValueKind.Null ? "null" : element.GetRawText();
}
