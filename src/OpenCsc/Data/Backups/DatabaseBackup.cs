using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Data.Backups;

/// <summary>What a backup wrote: the file, its schema version and its rows per table.</summary>
public sealed record BackupOutcome(string File, int SchemaVersion, IReadOnlyDictionary<string, long> RowsPerTable);

/// <summary>What a restore put back: the file it came from, its schema version, and whether that is older than this build's.</summary>
public sealed record RestoreOutcome(string File, int SchemaVersion, bool NeedsMigration);

/// <summary>A backup or restore refused or failed; the message names the file and says what to do. Nothing was changed.</summary>
public sealed class BackupFailedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// `opencsc db backup` and `opencsc db restore`. SQLite: SQLite's online backup API, which copies a consistent snapshot
/// while the web host keeps writing, into a temporary file renamed into place once complete. PostgreSQL: pg_dump and
/// pg_restore (custom format) when they are on the PATH. A restore checks the file is an OpenCSC database of a schema
/// version this build knows, refuses to replace a database that holds data unless forced or one that is in use, and
/// changes nothing when it fails. See docs/decisions/0032-backup-restore-and-faults.md.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>The first bytes of a pg_dump custom-format archive.</summary>
    private static readonly byte[] PostgresArchiveMagic = "PGDMP"u8.ToArray();

    /// <summary>The first bytes of every SQLite database file.</summary>
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();

    public static Task<BackupOutcome> BackupAsync(DatabaseSettings settings, string outFile, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string target = Path.GetFullPath(outFile);
        string? folder = Path.GetDirectoryName(target);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new BackupFailedException($"Cannot write the backup {target}: the folder {folder} does not exist.");
        }

        if (Directory.Exists(target))
        {
            throw new BackupFailedException($"Cannot write the backup {target}: it is a folder; give a file name.");
        }

        if (File.Exists(target) && !force)
        {
            throw new BackupFailedException($"The backup file {target} already exists: choose another name, or pass --force to replace it.");
        }

        return settings.Provider == DatabaseProvider.Sqlite
            ? BackupSqliteAsync(settings, target, cancellationToken)
            : BackupPostgresAsync(settings, target, cancellationToken);
    }

    public static Task<RestoreOutcome> RestoreAsync(DatabaseSettings settings, string fromFile, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string source = Path.GetFullPath(fromFile);
        if (!File.Exists(source))
        {
            throw new BackupFailedException($"The backup file {source} does not exist.");
        }

        return settings.Provider == DatabaseProvider.Sqlite
            ? RestoreSqliteAsync(settings, source, force, cancellationToken)
            : RestorePostgresAsync(settings, source, force, cancellationToken);
    }

    /// <summary>The rows in every table of the database, by table name: what a backup holds, to compare with a restore.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        System.Data.Common.DbConnection connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        await connection.OpenAsync(cancellationToken);
        return await CountRowsAsync(connection, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (System.Data.Common.DbCommand list = connection.CreateCommand())
        {
            list.CommandText = connection is NpgsqlConnection
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using System.Data.Common.DbDataReader reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (string table in tables)
        {
            await using System.Data.Common.DbCommand count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    // ---- SQLite ----

    private static async Task<BackupOutcome> BackupSqliteAsync(DatabaseSettings settings, string target, CancellationToken cancellationToken)
    {
        string sourceFile = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (!File.Exists(sourceFile))
        {
            throw new BackupFailedException($"There is no database to back up: the SQLite file {Path.GetFullPath(sourceFile)} does not exist.");
        }

        // Written beside the target and renamed once complete, so a backup cut short never sits under the chosen name.
        string partial = target + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            await using (var source = new SqliteConnection(ReadOnly(sourceFile)))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ConnectionString))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                // One step of the online backup API: a consistent snapshot, taken under a read lock, while writers go on.
                source.BackupDatabase(copy);
                // A single self-contained file, whatever journal mode the live database uses.
                await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE", cancellationToken);
            }

            (int version, IReadOnlyDictionary<string, long> rows) = await InspectSqliteAsync(partial, target, cancellationToken);
            File.Move(partial, target, overwrite: true);
            return new BackupOutcome(target, version, rows);
        }
        catch (SqliteException e)
        {
            throw new BackupFailedException($"Could not back up the {settings.Description} to {target}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new BackupFailedException($"Could not write the backup {target}: {e.Message}", e);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<RestoreOutcome> RestoreSqliteAsync(DatabaseSettings settings, string source, bool force, CancellationToken cancellationToken)
    {
        if (await StartsWithAsync(source, PostgresArchiveMagic, cancellationToken))
        {
            throw new BackupFailedException($"{source} is a PostgreSQL backup (pg_dump): restore it into a PostgreSQL database (--db postgres://...), not the SQLite file.");
        }

        (int version, _) = await InspectSqliteAsync(source, source, cancellationToken);
        string targetFile = Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        if (targetFile == source)
        {
            throw new BackupFailedException($"{source} is the database itself: restore from a backup file.");
        }

        string? folder = Path.GetDirectoryName(targetFile);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new BackupFailedException($"Cannot restore to {targetFile}: the folder {folder} does not exist.");
        }

        // Idle connections this process pooled would count as the database being in use.
        using (var pooled = new SqliteConnection(settings.ConnectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }

        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = targetFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 2,
        }.ConnectionString);
        try
        {
            await target.OpenAsync(cancellationToken);
            long tables = await ScalarAsync(target, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", cancellationToken);
            if (tables > 0 && !force)
            {
                throw new BackupFailedException(
                    $"The SQLite file {targetFile} already holds a database: pass --force to replace it (back it up first with 'opencsc db backup').");
            }

            await EnsureNotInUseAsync(target, targetFile, cancellationToken);
            await using var from = new SqliteConnection(ReadOnly(source));
            await from.OpenAsync(cancellationToken);
            // The backup API writes the whole database in one transaction on the target: all of it or, on failure, none.
            from.BackupDatabase(target);
            await ExecuteAsync(target, "PRAGMA journal_mode = DELETE", cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new BackupFailedException($"Could not restore {source} to {targetFile}: {e.Message}. The database was not changed.", e);
        }

        return new RestoreOutcome(source, version, version < DatabaseMigrator.LatestVersion(DatabaseProvider.Sqlite));
    }

    /// <summary>
    /// Refuses when another connection has the database open. In WAL mode every open connection holds the shared-memory
    /// lock, and leaving WAL mode needs the database to itself, so the attempt fails when anyone else is connected. In
    /// rollback mode an idle connection holds no lock; taking an exclusive lock at least finds one that is reading or writing.
    /// </summary>
    private static async Task EnsureNotInUseAsync(SqliteConnection target, string targetFile, CancellationToken cancellationToken)
    {
        try
        {
            string mode = (string)(await ScalarObjectAsync(target, "PRAGMA journal_mode", cancellationToken))!;
            if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                string after = (string)(await ScalarObjectAsync(target, "PRAGMA journal_mode = DELETE", cancellationToken))!;
                if (string.Equals(after, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw InUse(targetFile);
                }
            }

            await ExecuteAsync(target, "BEGIN EXCLUSIVE; COMMIT;", cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw InUse(targetFile);
        }
    }

    private static BackupFailedException InUse(string targetFile) => new(
        $"The SQLite file {targetFile} is in use (the web host or another command has it open): stop it, then restore. The database was not changed.");

    /// <summary>The schema version and rows of a SQLite file, or why it is not an OpenCSC database.</summary>
    private static async Task<(int Version, IReadOnlyDictionary<string, long> Rows)> InspectSqliteAsync(string file, string named, CancellationToken cancellationToken)
    {
        if (!await StartsWithAsync(file, SqliteMagic, cancellationToken))
        {
            throw new BackupFailedException($"{named} is not an OpenCSC database: it is not a SQLite database file.");
        }

        await using var connection = new SqliteConnection(ReadOnly(file));
        try
        {
            await connection.OpenAsync(cancellationToken);
            string check = (string)(await ScalarObjectAsync(connection, "PRAGMA quick_check", cancellationToken))!;
            if (check != "ok")
            {
                throw new BackupFailedException($"{named} is damaged (SQLite's check says: {check}).");
            }

            long hasVersions = await ScalarAsync(connection, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{DatabaseMigrator.VersionTable}'", cancellationToken);
            int version = hasVersions == 0 ? 0 : (int)await ScalarAsync(connection, $"SELECT coalesce(max(version), 0) FROM {DatabaseMigrator.VersionTable}", cancellationToken);
            CheckVersion(named, version, DatabaseProvider.Sqlite);
            return (version, await CountRowsAsync(connection, cancellationToken));
        }
        catch (SqliteException e)
        {
            throw new BackupFailedException($"{named} is not an OpenCSC database: {e.Message}", e);
        }
    }

    private static void CheckVersion(string named, int version, DatabaseProvider provider)
    {
        int latest = DatabaseMigrator.LatestVersion(provider);
        if (version == 0)
        {
            throw new BackupFailedException($"{named} is not an OpenCSC database: it has no schema version ({DatabaseMigrator.VersionTable} is missing or empty).");
        }

        if (version > latest)
        {
            throw new BackupFailedException(string.Create(CultureInfo.InvariantCulture,
                $"{named} is at schema version {version}, newer than this build of OpenCSC knows ({latest}): restore it with a newer OpenCSC."));
        }
    }

    private static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ConnectionString;

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarObjectAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarObjectAsync(connection, sql, cancellationToken), CultureInfo.InvariantCulture);

    private static async Task<bool> StartsWithAsync(string file, byte[] magic, CancellationToken cancellationToken)
    {
        var head = new byte[magic.Length];
        await using FileStream stream = File.OpenRead(file);
        int read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return read == head.Length && head.AsSpan().SequenceEqual(magic);
    }

    // ---- PostgreSQL ----

    private static async Task<BackupOutcome> BackupPostgresAsync(DatabaseSettings settings, string target, CancellationToken cancellationToken)
    {
        string pgDump = FindTool("pg_dump", settings);
        string partial = target + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            // pg_dump reads one snapshot: a consistent backup while the web host writes.
            await RunToolAsync(pgDump, ["--format=custom", "--file", partial], settings, $"back up the {settings.Description} to {target}", cancellationToken);
            int version = await PostgresArchiveVersionAsync(partial, target, settings, cancellationToken);
            IReadOnlyDictionary<string, long> rows = await CountRowsAsync(settings, cancellationToken);
            File.Move(partial, target, overwrite: true);
            return new BackupOutcome(target, version, rows);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<RestoreOutcome> RestorePostgresAsync(DatabaseSettings settings, string source, bool force, CancellationToken cancellationToken)
    {
        if (!await StartsWithAsync(source, PostgresArchiveMagic, cancellationToken))
        {
            throw new BackupFailedException(await StartsWithAsync(source, SqliteMagic, cancellationToken)
                ? $"{source} is a SQLite database, not a PostgreSQL backup: restore it into a SQLite file (--db FILE.db)."
                : $"{source} is not an OpenCSC database backup: it is not a pg_dump custom-format archive (made by 'opencsc db backup' or pg_dump --format=custom).");
        }

        string pgRestore = FindTool("pg_restore", settings);
        int version = await PostgresArchiveVersionAsync(source, source, settings, cancellationToken);

        using (var pooled = new NpgsqlConnection(settings.ConnectionString))
        {
            // This process's idle pooled connections would count as other sessions.
            NpgsqlConnection.ClearPool(pooled);
        }

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
            }
            catch (NpgsqlException e)
            {
                throw new BackupFailedException($"Cannot open the {settings.Description} to restore into: {e.Message.Split('\n')[0]}", e);
            }

            long tables = await PostgresScalarAsync(connection,
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", cancellationToken);
            if (tables > 0 && !force)
            {
                throw new BackupFailedException(
                    $"The {settings.Description} already holds tables: pass --force to replace them (back it up first with 'opencsc db backup').");
            }

            long others = 0;
            // A session closed a moment ago can linger in pg_stat_activity while its backend exits: look again briefly.
            for (int attempt = 0; attempt < 5; attempt++)
            {
                others = await PostgresScalarAsync(connection,
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", cancellationToken);
                if (others == 0)
                {
                    break;
                }

                await Task.Delay(200, cancellationToken);
            }

            if (others > 0)
            {
                throw new BackupFailedException(string.Create(CultureInfo.InvariantCulture,
                    $"The {settings.Description} is in use ({others} other connection(s), e.g. the web host): stop them, then restore. The database was not changed."));
            }
        }

        // One transaction: a restore that fails part-way leaves the database as it was. Owners and grants are the
        // target's own business: run 'opencsc db grant-app-role' afterwards.
        await RunToolAsync(pgRestore, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", builder.Database!, source],
            settings, $"restore {source} into the {settings.Description}", cancellationToken, "The database was not changed.");
        return new RestoreOutcome(source, version, version < DatabaseMigrator.LatestVersion(DatabaseProvider.Postgres));
    }

    /// <summary>The schema version recorded in a pg_dump archive's schema_version table, read with pg_restore.</summary>
    private static async Task<int> PostgresArchiveVersionAsync(string archive, string named, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        string pgRestore = FindTool("pg_restore", settings);
        string data;
        try
        {
            data = await RunToolAsync(pgRestore, ["--data-only", "--table", DatabaseMigrator.VersionTable, "--file", "-", archive], null, $"read {named}", cancellationToken);
        }
        catch (BackupFailedException e)
        {
            throw new BackupFailedException($"{named} is not an OpenCSC database backup: {e.Message}", e);
        }

        // The table's rows, as COPY text between the COPY line and "\.": version, name, applied_at.
        int version = 0;
        bool inCopy = false;
        foreach (string line in data.Split('\n'))
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal))
            {
                inCopy = true;
            }
            else if (line == "\\.")
            {
                inCopy = false;
            }
            else if (inCopy && int.TryParse(line.Split('\t')[0], NumberStyles.None, CultureInfo.InvariantCulture, out int v))
            {
                version = Math.Max(version, v);
            }
        }

        CheckVersion(named, version, DatabaseProvider.Postgres);
        return version;
    }

    private static async Task<long> PostgresScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>A PostgreSQL client tool on the PATH, or a message saying how to back up or restore by hand.</summary>
    private static string FindTool(string tool, DatabaseSettings settings)
    {
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var b = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        string connect = string.Create(CultureInfo.InvariantCulture, $"-h {b.Host} -p {b.Port} -U {b.Username} -d {b.Database}");
        throw new BackupFailedException(
            $"{tool} is not on the PATH: install the PostgreSQL client tools (e.g. apt-get install postgresql-client) of the server's version or newer, "
            + $"or run it by hand: 'pg_dump {connect} --format=custom --file FILE' to back up, "
            + $"'pg_restore {connect} --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error FILE' to restore.");
    }

    /// <summary>Runs a PostgreSQL client tool with the connection in its environment (never the password on its command line).</summary>
    private static async Task<string> RunToolAsync(
        string tool, string[] arguments, DatabaseSettings? settings, string doing, CancellationToken cancellationToken, string afterFailure = "")
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (settings is not null)
        {
            var b = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
            start.Environment["PGHOST"] = b.Host;
            start.Environment["PGPORT"] = b.Port.ToString(CultureInfo.InvariantCulture);
            start.Environment["PGDATABASE"] = b.Database;
            if (!string.IsNullOrEmpty(b.Username))
            {
                start.Environment["PGUSER"] = b.Username;
            }

            if (!string.IsNullOrEmpty(b.Password))
            {
                start.Environment["PGPASSWORD"] = b.Password;
            }

            if (b.SslMode != SslMode.Prefer)
            {
                start.Environment["PGSSLMODE"] = b.SslMode.ToString().ToLowerInvariant() switch
                {
                    "verifyca" => "verify-ca",
                    "verifyfull" => "verify-full",
                    string mode => mode,
                };
            }
        }

        using Process process = Process.Start(start) ?? throw new BackupFailedException($"Could not start {tool} to {doing}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            string message = (await error).Trim();
            throw new BackupFailedException(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(tool)} could not {doing} (exit code {process.ExitCode}): {message}{(afterFailure.Length > 0 ? " " + afterFailure : "")}"));
        }

        return await output;
    }
}
