using Microsoft.Data.Sqlite;
using Npgsql;
using OpenCsc.Audit;

namespace OpenCsc.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database to use: a SQLite file path (the embedded default, opencsc.db in the working directory) or a
/// postgres://user:pass@host:port/db URL, from --db or OPENCSC_DB.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string Description)
{
    public const string EnvironmentVariable = "OPENCSC_DB";

    /// <summary>
    /// The key the audit trail is sealed with (see <see cref="AuditKeyFile"/>); null in settings parsed from a
    /// value, whose contexts use the published development key until the web host or the command line adds one.
    /// </summary>
    public AuditKey? AuditKey { get; init; }
    public const string DefaultSqliteFile = "opencsc.db";

    /// <summary>The setting from the command line if given, else OPENCSC_DB, else opencsc.db.</summary>
    public static DatabaseSettings Resolve(string? commandLineValue) =>
        Parse(!string.IsNullOrWhiteSpace(commandLineValue)
            ? commandLineValue
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : DefaultSqliteFile);

    /// <exception cref="DatabaseSettingException">The value is neither a file path nor a postgres URL.</exception>
    public static DatabaseSettings Parse(string value)
    {
        value = value.Trim();
        int schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return ForSqliteFile(value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? value["sqlite:".Length..] : value);
        }

        string scheme = value[..schemeEnd].ToLowerInvariant();
        return scheme switch
        {
            "postgres" or "postgresql" => ForPostgresUrl(value),
            "sqlite" or "file" => ForSqliteFile(value[(schemeEnd + 3)..]),
            _ => throw new DatabaseSettingException(
                $"Unknown database scheme '{scheme}' in '{Redact(value)}': expected a SQLite file path (e.g. opencsc.db) " +
                "or a PostgreSQL URL postgres://user:pass@host:port/db."),
        };
    }

    public static DatabaseSettings ForSqliteFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new DatabaseSettingException("The SQLite database path is empty: expected a file path such as opencsc.db.");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Default,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ConnectionString, $"SQLite file {Path.GetFullPath(path)}");
    }

    private static DatabaseSettings ForPostgresUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new DatabaseSettingException(
                $"'{Redact(value)}' is not a valid PostgreSQL URL: expected postgres://user:pass@host:port/db.");
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            throw new DatabaseSettingException(
                $"The PostgreSQL URL '{Redact(value)}' names no database: expected postgres://user:pass@host:port/db.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = database,
            Timeout = 10,
            CommandTimeout = 600,
        };
        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]);
            string val = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            try
            {
                builder[key switch { "sslmode" => "SSL Mode", _ => key }] = val;
            }
            catch (ArgumentException e)
            {
                throw new DatabaseSettingException($"Unknown option '{key}' in the PostgreSQL URL '{Redact(value)}': {e.Message}");
            }
        }

        return new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString,
            $"PostgreSQL database {database} on {builder.Host}:{builder.Port}");
    }

    /// <summary>The URL with any password hidden, for messages.</summary>
    public static string Redact(string value)
    {
        int schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        int at = value.IndexOf('@', StringComparison.Ordinal);
        if (schemeEnd < 0 || at < schemeEnd)
        {
            return value;
        }

        string userInfo = value[(schemeEnd + 3)..at];
        int colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? value : value[..(schemeEnd + 3)] + userInfo[..colon] + ":***" + value[at..];
    }
}

public sealed class DatabaseSettingException(string message) : Exception(message);
