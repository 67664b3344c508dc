using OpenCsc.Data;

namespace OpenCsc.IntegrationTests.Infrastructure;

/// <summary>The two engines every storage test runs on.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>Makes an empty database of either engine for one test.</summary>
public sealed class TestDatabases(PostgresServer postgres)
{
    public static TheoryData<Engine> Engines => new(Engine.Sqlite, Engine.Postgres);

    public async Task<DatabaseSettings> CreateAsync(Engine engine) => engine switch
    {
        Engine.Sqlite => DatabaseSettings.ForSqliteFile(Path.Combine(Directory.CreateTempSubdirectory("opencsc-test-").FullName, "test.db")),
        Engine.Postgres => await postgres.CreateDatabaseAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine)),
    };

    /// <summary>An empty database brought to the current schema.</summary>
    public async Task<DatabaseSettings> CreateMigratedAsync(Engine engine)
    {
        DatabaseSettings settings = await CreateAsync(engine);
        await new OpenCsc.Data.Migrations.DatabaseMigrator(settings).MigrateAsync();
        return settings;
    }

    /// <summary>The value a user passes to --db for this database.</summary>
    public static string DbArgument(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Postgres
        ? PostgresServer.UrlOf(settings)
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
}
