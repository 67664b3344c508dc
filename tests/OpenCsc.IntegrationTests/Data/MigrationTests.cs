using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Data;

public sealed class MigrationTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Migrate_EmptyDatabase_ReachesLatestVersion(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateAsync(engine);
        var migrator = new DatabaseMigrator(settings);

        MigrationOutcome outcome = await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, outcome.FromVersion);
        Assert.Equal(DatabaseMigrator.LatestVersion(settings.Provider), outcome.ToVersion);
        Assert.Equal(DatabaseMigrator.LatestVersion(settings.Provider), await migrator.CurrentVersionAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Migrate_Twice_AppliesNothingTheSecondTime(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);

        MigrationOutcome second = await new DatabaseMigrator(settings).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(second.Applied);
        Assert.Equal(second.FromVersion, second.ToVersion);
    }

    [Fact]
    public void MigrationsForBothProviders_HaveTheSameVersions()
    {
        Assert.Equal(
            DatabaseMigrator.Available(DatabaseProvider.Sqlite).Select(m => (m.Version, m.Name)),
            DatabaseMigrator.Available(DatabaseProvider.Postgres).Select(m => (m.Version, m.Name)));
    }

    /// <summary>Fails when the model changes without a migration that brings the schema along.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task MigratedSchema_MatchesTheModel(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using AppDbContext db = AppDatabase.CreateContext(settings);

        HashSet<string> expected = ExpectedColumns(db.Model);
        HashSet<string> actual = await ActualColumnsAsync(db);

        Assert.True(expected.SetEquals(actual),
            "Schema and model differ. In the model, not the database: " + string.Join(", ", expected.Except(actual)) +
            ". In the database, not the model: " + string.Join(", ", actual.Except(expected)) +
            ". Add a migration under src/OpenCsc/Data/Migrations/<Provider>/ (see docs/decisions/0002).");

        HashSet<string> expectedIndexes = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().Select(i => $"{e.GetTableName()}.{i.GetDatabaseName()}"))
            .ToHashSet(StringComparer.Ordinal);
        HashSet<string> actualIndexes = await ActualIndexesAsync(db);
        Assert.True(expectedIndexes.IsSubsetOf(actualIndexes),
            "Indexes missing from the database: " + string.Join(", ", expectedIndexes.Except(actualIndexes)));
    }

    private static HashSet<string> ExpectedColumns(IModel model)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (IEntityType entity in model.GetEntityTypes())
        {
            string table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (IProperty property in entity.GetProperties())
            {
                columns.Add(Describe(table, property.GetColumnName(store)!, property.GetColumnType(store), property.IsColumnNullable(store)));
            }
        }

        return columns;
    }

    private static async Task<HashSet<string>> ActualColumnsAsync(AppDbContext db)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        if (db.Database.IsNpgsql())
        {
            await ReadAsync(connection,
                """
                SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
                FROM pg_attribute a
                JOIN pg_class c ON a.attrelid = c.oid
                JOIN pg_namespace n ON c.relnamespace = n.oid
                WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                  AND c.relname <> 'schema_version'
                """,
                r => columns.Add(Describe(r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3))));
        }
        else
        {
            var tables = new List<string>();
            await ReadAsync(connection,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'",
                r => tables.Add(r.GetString(0)));
            foreach (string table in tables)
            {
                // table_info: cid, name, type, notnull, dflt_value, pk
                await ReadAsync(connection, $"PRAGMA table_info(\"{table}\")",
                    r => columns.Add(Describe(table, r.GetString(1), r.GetString(2), r.GetInt64(3) == 0)));
            }
        }

        return columns;
    }

    private static async Task<HashSet<string>> ActualIndexesAsync(AppDbContext db)
    {
        var indexes = new HashSet<string>(StringComparer.Ordinal);
        DbConnection connection = db.Database.GetDbConnection();
        string sql = db.Database.IsNpgsql()
            ? "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = current_schema()"
            : "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'";
        await ReadAsync(connection, sql, r => indexes.Add($"{r.GetString(0)}.{r.GetString(1)}"));
        return indexes;
    }

    private static string Describe(string table, string column, string type, bool nullable) =>
        $"{table}.{column} {type.ToLowerInvariant()}{(nullable ? " null" : " not null")}";

    private static async Task ReadAsync(DbConnection connection, string sql, Action<DbDataReader> row)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            row(reader);
        }
    }
}
