using System.Text.Json;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Cli;

public sealed class DemoSeedCommandTests(PostgresServer postgres)
{
    private static readonly string[] SmallBorough = ["--children", "5000", "--years", "3", "--seed", "7", "--as-of", "2026-03-31"];

    private readonly TestDatabases _databases = new(postgres);

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public async Task Seed_OnSqliteAndPostgres_GivesIdenticalCountsForEveryEntity()
    {
        DatabaseSettings sqlite = await _databases.CreateAsync(Engine.Sqlite);
        DatabaseSettings pg = await _databases.CreateAsync(Engine.Postgres);

        CliRunner.Result seedSqlite = await CliRunner.RunAsync(["demo", "seed", .. SmallBorough, "--db", TestDatabases.DbArgument(sqlite)]);
        CliRunner.Result seedPg = await CliRunner.RunAsync(["demo", "seed", .. SmallBorough, "--db", TestDatabases.DbArgument(pg)]);

        Assert.Equal(0, seedSqlite.ExitCode);
        Assert.Equal(0, seedPg.ExitCode);
        Dictionary<string, long> countsSqlite = await StatsAsync(sqlite);
        Dictionary<string, long> countsPg = await StatsAsync(pg);
        Assert.All(countsSqlite, c => Assert.True(c.Value > 0, $"{c.Key} is empty"));
        Assert.Equal(countsSqlite, countsPg);
    }

    [Fact]
    public async Task Seed_PlantErrors_ListsThem_AndTheDataQualityRunFindsExactlyThatMany()
    {
        DatabaseSettings settings = await _databases.CreateAsync(Engine.Sqlite);
        string db = TestDatabases.DbArgument(settings);

        CliRunner.Result seeded = await CliRunner.RunAsync(["demo", "seed", "--children", "5000", "--years", "3", "--seed", "1", "--as-of", "2026-11-20", "--plant-errors", "--db", db]);
        CliRunner.Result ssda903 = await CliRunner.RunAsync(["data-quality", "run", "--as-of", "2026-11-20", "--collection", "ssda903", "--format", "json", "--db", db]);
        CliRunner.Result cin = await CliRunner.RunAsync(["data-quality", "run", "--as-of", "2026-11-20", "--collection", "cin-census", "--format", "json", "--db", db]);

        Assert.True(seeded.ExitCode == 0, seeded.Error);
        string[] planted = seeded.Output.Split('\n').Where(l => l.StartsWith("Planted: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(7, planted.Count(l => l.StartsWith("Planted: ssda903 ", StringComparison.Ordinal)));
        Assert.Equal(6, planted.Count(l => l.StartsWith("Planted: cin-census ", StringComparison.Ordinal)));
        Assert.Equal(7, Errors(ssda903));
        Assert.Equal(6, Errors(cin));

        static int Errors(CliRunner.Result run)
        {
            Assert.True(run.ExitCode == 0, run.Error);
            using JsonDocument report = JsonDocument.Parse(run.Output);
            return report.RootElement.GetProperty("errors").GetInt32();
        }
    }

    [Fact]
    public async Task Seed_IntoADatabaseThatHoldsData_FailsUnlessForced_AndChangesNothing()
    {
        DatabaseSettings settings = await _databases.CreateAsync(Engine.Sqlite);
        string db = TestDatabases.DbArgument(settings);
        Assert.Equal(0, (await CliRunner.RunAsync(["demo", "seed", .. SmallBorough, "--db", db])).ExitCode);
        Dictionary<string, long> before = await StatsAsync(settings);

        CliRunner.Result refused = await CliRunner.RunAsync(["demo", "seed", "--children", "2000", "--years", "1", "--seed", "8", "--db", db]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, await StatsAsync(settings));

        CliRunner.Result forced = await CliRunner.RunAsync(["demo", "seed", "--children", "2000", "--years", "1", "--seed", "8", "--as-of", "2026-03-31", "--force", "--db", db]);
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(before["children"], (await StatsAsync(settings))["children"]);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("31/03/2026")]
    [InlineData("yesterday")]
    public async Task Seed_WithAnInvalidAsOfDate_IsBadUsage_AndCreatesNoDatabase(string asOf)
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("opencsc-test-").FullName, "never.db");

        CliRunner.Result result = await CliRunner.RunAsync("demo", "seed", "--as-of", asOf, "--db", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--as-of '{asOf}' is not a valid date: expected YYYY-MM-DD", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Seed_WithTooFewChildren_IsBadUsage()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("opencsc-test-").FullName, "never.db");

        CliRunner.Result result = await CliRunner.RunAsync("demo", "seed", "--children", "5", "--db", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--children must be at least 100", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    private static async Task<Dictionary<string, long>> StatsAsync(DatabaseSettings settings)
    {
        CliRunner.Result stats = await CliRunner.RunAsync("stats", "--format", "json", "--db", TestDatabases.DbArgument(settings));
        Assert.Equal(0, stats.ExitCode);
        using JsonDocument json = JsonDocument.Parse(stats.Output);
        return json.RootElement.GetProperty("entities").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
    }
}
