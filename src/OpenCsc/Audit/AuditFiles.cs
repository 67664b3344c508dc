using Microsoft.Data.Sqlite;
using Npgsql;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>
/// Where the audit key and the checkpoint file live when the configuration does not say: the data directory, that
/// is the SQLite file's folder (opencsc.db's, the working folder, by default) or, on PostgreSQL, the working folder.
/// The web host reads the keys below from its configuration; the command line from appsettings.json in the working
/// folder and the environment (Audit__KeyFile, Audit__CheckpointFile).
/// </summary>
public static class AuditFiles
{
    public const string KeyFileSetting = "Audit:KeyFile";
    public const string CheckpointFileSetting = "Audit:CheckpointFile";
    public const string CheckpointIntervalSetting = "Audit:CheckpointInterval";

    public const string DefaultKeyFileName = "opencsc-audit.key";

    /// <summary>The checkpoint file's name ends so; it starts with the database's (one file per database).</summary>
    public const string CheckpointFileSuffix = ".audit-checkpoints";

    public static string DataDirectory(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(SqliteFile(settings)))!
            : Directory.GetCurrentDirectory();
    }

    public static string KeyFile(string? configured, DatabaseSettings settings) =>
        Path.GetFullPath(!string.IsNullOrWhiteSpace(configured) ? configured : Path.Combine(DataDirectory(settings), DefaultKeyFileName));

    /// <summary>The configured file, else beside the database: opencsc.db.audit-checkpoints, or opencsc-DBNAME.audit-checkpoints for PostgreSQL.</summary>
    public static string CheckpointFile(string? configured, DatabaseSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        string name = settings.Provider == DatabaseProvider.Sqlite
            ? Path.GetFileName(SqliteFile(settings))
            : "opencsc-" + new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database;
        return Path.Combine(DataDirectory(settings), name + CheckpointFileSuffix);
    }

    private static string SqliteFile(DatabaseSettings settings) => new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
}
