using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace OpenCsc.Data.Migrations;

/// <summary>One versioned SQL script for one provider, e.g. Postgres/0002_add_supervision.sql.</summary>
public sealed record SchemaMigration(int Version, string Name, string Sql);

public sealed record MigrationOutcome(int FromVersion, int ToVersion, IReadOnlyList<SchemaMigration> Applied);

/// <summary>
/// Brings a database to the current schema version by applying, in order and each in its own transaction,
/// the embedded SQL scripts for its provider that it has not had yet; the versions applied are kept in
/// schema_version. See docs/decisions/0002-versioned-sql-migrations.md.
/// </summary>
public sealed class DatabaseMigrator(DatabaseSettings settings)
{
    public const string VersionTable = "schema_version";

    public static IReadOnlyList<SchemaMigration> Available(DatabaseProvider provider)
    {
        string prefix = $"migrations/{provider}/";
        Assembly assembly = typeof(DatabaseMigrator).Assembly;
        var migrations = new List<SchemaMigration>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            string fileName = resource[prefix.Length..^".sql".Length];
            int underscore = fileName.IndexOf('_', StringComparison.Ordinal);
            int version = int.Parse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new SchemaMigration(version, fileName[(underscore + 1)..], reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (int i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations for {provider} must be numbered 1, 2, 3 ... without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    public static int LatestVersion(DatabaseProvider provider) => Available(provider).Count;

    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        return await ReadVersionAsync(connection, null, cancellationToken);
    }

    public async Task<MigrationOutcome> MigrateAsync(Action<SchemaMigration>? onApplying = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SchemaMigration> available = Available(settings.Provider);
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        // Created only when missing: the application's own database role (without CREATE, see GrantApplicationRole)
        // starts up against a database the owner migrated.
        if (!await VersionTableExistsAsync(connection, null, cancellationToken))
        {
            await ExecuteAsync(connection, null, settings.Provider == DatabaseProvider.Postgres
                ? $"CREATE TABLE IF NOT EXISTS {VersionTable} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamp without time zone NOT NULL)"
                : $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken);
        }

        int from = await ReadVersionAsync(connection, null, cancellationToken);
        if (from > available.Count)
        {
            throw new InvalidOperationException(
                $"The {settings.Description} is at schema version {from}, newer than this build of OpenCSC knows ({available.Count}). Upgrade OpenCSC.");
        }

        var applied = new List<SchemaMigration>();
        foreach (SchemaMigration migration in available.Where(m => m.Version > from))
        {
            onApplying?.Invoke(migration);
            await using DbTransaction transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                // Two processes starting at once (web host and command line) must not both apply a script.
                await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(7040203)", cancellationToken);
            }

            if (await ReadVersionAsync(connection, transaction, cancellationToken) >= migration.Version)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (DbCommand record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {VersionTable} (version, name, applied_at) VALUES (@v, @n, @t)";
                AddParameter(record, "@v", migration.Version);
                AddParameter(record, "@n", migration.Name);
                AddParameter(record, "@t", settings.Provider == DatabaseProvider.Postgres
                    ? DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified)
                    : DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration);
        }

        return new MigrationOutcome(from, available.Count, applied);
    }

    private static async Task<bool> VersionTableExistsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using DbCommand exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = connection is Npgsql.NpgsqlConnection
            ? $"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{VersionTable}'"
            : $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{VersionTable}'";
        return Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!await VersionTableExistsAsync(connection, transaction, cancellationToken))
        {
            return 0;
        }

        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT coalesce(max(version), 0) FROM {VersionTable}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
