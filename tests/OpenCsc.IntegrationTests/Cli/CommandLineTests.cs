using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Cli;

public sealed class CommandLineTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Fact]
    public async Task UnknownDbScheme_IsBadUsage_WithAClearMessage()
    {
        CliRunner.Result result = await CliRunner.RunAsync("stats", "--db", "mysql://root@localhost/csc");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown database scheme 'mysql'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachablePostgres_Fails_NamingTheServerButNotThePassword()
    {
        CliRunner.Result result = await CliRunner.RunAsync("db", "migrate", "--db", "postgres://csc:topsecret@127.0.0.1:1/opencsc");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot open the PostgreSQL database opencsc on 127.0.0.1:1", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_IsBadUsage()
    {
        CliRunner.Result result = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        CliRunner.Result result = await CliRunner.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (string command in new[] { "db", "demo", "stats", "serve" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task DbMigrate_ThenStatsJson_ListsEveryEntityAtZero(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateAsync(engine);
        string db = TestDatabases.DbArgument(settings);

        CliRunner.Result migrate = await CliRunner.RunAsync("db", "migrate", "--db", db);
        CliRunner.Result stats = await CliRunner.RunAsync("stats", "--format", "json", "--db", db);

        Assert.Equal(0, migrate.ExitCode);
        Assert.Equal(0, stats.ExitCode);
        using JsonDocument json = JsonDocument.Parse(stats.Output);
        JsonElement entities = json.RootElement.GetProperty("entities");
        Assert.Equal(0, entities.GetProperty("children").GetInt64());
        Assert.Equal(0, entities.GetProperty("contacts").GetInt64());
        await using AppDbContext context = AppDatabase.CreateContext(settings);
        // Every table of the model but Identity's plumbing for external logins, extra claims and tokens, the audit
        // trail, which `opencsc audit` reports on (docs/decisions/0012), the data quality runs (0022), the timescale
        // changes (0026) and the tokens of forms already sent (0031).
        Assert.Equal(
            context.Model.GetEntityTypes()
                .Where(OpenCsc.Borough.EntityCounts.IsOfTheBorough)
                .Select(e => e.GetTableName()!)
                .Except(OpenCsc.Accounts.DemoAccounts.IdentityPlumbingTables).Order(StringComparer.Ordinal),
            entities.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.False(entities.TryGetProperty("audit_entries", out _));
    }

    [Fact]
    public async Task Stats_OnADatabaseWithoutSchema_Fails_SayingToMigrate()
    {
        DatabaseSettings settings = await _databases.CreateAsync(Engine.Sqlite);

        CliRunner.Result stats = await CliRunner.RunAsync("stats", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(1, stats.ExitCode);
        Assert.Contains("opencsc db migrate", stats.Error, StringComparison.Ordinal);
    }
}
