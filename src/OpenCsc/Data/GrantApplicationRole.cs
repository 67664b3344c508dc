using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Data;

/// <summary>
/// On PostgreSQL, the database role the application runs as: it reads and writes OpenCSC's tables but only reads and
/// adds to the audit trail (SELECT and INSERT on audit_entries: no UPDATE, DELETE or TRUNCATE), only reads the schema
/// version, and owns nothing, so it cannot drop the audit trail's triggers or tables either. Run by the tables' owner
/// after each migration (the grants cover the tables that exist then); idempotent. The role is created NOLOGIN when
/// missing: the database administrator makes the login the web host uses a member of it.
/// </summary>
public static partial class GrantApplicationRole
{
    public const string DefaultRole = "opencsc_app";

    /// <summary>The privileges the role ends with, table by table; everything not named gets the default.</summary>
    public static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["audit_entries"] = "SELECT, INSERT",
        [DatabaseMigrator.VersionTable] = "SELECT",
    };

    public const string Default = "SELECT, INSERT, UPDATE, DELETE";

    /// <summary>Grants the role its privileges; returns how many tables it was granted on.</summary>
    /// <exception cref="DatabaseSettingException">The database is SQLite, or the role name is not a plain identifier.</exception>
    public static async Task<int> RunAsync(DatabaseSettings settings, string role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            throw new DatabaseSettingException(
                $"{settings.Description} is SQLite, which has no database roles: whoever can write the file can change it, so `opencsc audit verify` is its protection. Use a PostgreSQL URL.");
        }

        if (role is null || !RoleName().IsMatch(role))
        {
            throw new DatabaseSettingException(
                $"The role name '{role}' is not allowed: expected lower-case letters, digits and underscores, starting with a letter or underscore, at most 63 characters (e.g. {DefaultRole}).");
        }

        await using AppDbContext db = AppDatabase.CreateContext(settings);
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);

        var tables = new List<string>();
        await using (DbCommand list = connection.CreateCommand())
        {
            list.Transaction = transaction;
            list.CommandText = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename";
            await using DbDataReader reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var sql = new List<string>
        {
            $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; END IF; END $$",
            $"GRANT USAGE ON SCHEMA {Quote(await SchemaAsync(connection, transaction, cancellationToken))} TO {role}",
        };
        foreach (string table in tables)
        {
            sql.Add($"REVOKE ALL ON TABLE {Quote(table)} FROM {role}");
            sql.Add($"GRANT {Exceptions.GetValueOrDefault(table, Default)} ON TABLE {Quote(table)} TO {role}");
        }

        sql.Add($"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {Quote(await SchemaAsync(connection, transaction, cancellationToken))} TO {role}");
        foreach (string statement in sql)
        {
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return tables.Count;
    }

    private static async Task<string> SchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT current_schema()";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
