using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenCsc.Audit;
using OpenCsc.Cli;
using OpenCsc.Data;
using OpenCsc.Data.Backups;
using OpenCsc.Data.Migrations;
using OpenCsc.IntegrationTests.Audit;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Cli;

/// <summary>
/// `opencsc db backup` and `opencsc db restore`: a backup restored into an empty database has the same rows in every
/// table and the same intact audit chain; bad input is refused naming the file, exit 1, the database unchanged.
/// </summary>
public sealed class BackupRestoreCommandTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Folder() => Directory.CreateTempSubdirectory("opencsc-backup-").FullName;

    /// <summary>A migrated database with three children (each audited as created) and two views: five audit entries.</summary>
    private async Task<DatabaseSettings> SmallDatabaseAsync(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using AppDbContext db = AuditTestData.Open(settings);
        db.AuditContext = new AuditContext("u-1", "Sam Worker", "10.0.0.1");
        db.Children.AddRange(AuditTestData.Child("C1", "Amara"), AuditTestData.Child("C2", "Ben"), AuditTestData.Child("C3", "Cleo"));
        await db.SaveChangesAsync(Ct);
        long first = await db.Children.MinAsync(c => c.Id, Ct);
        await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(first), Ct);
        await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(first + 1), Ct);
        return settings;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task BackupThenRestoreIntoAnEmptyDatabase_SameRowsInEveryTable_AndAnIntactAuditChain(Engine engine)
    {
        DatabaseSettings source = await SmallDatabaseAsync(engine);
        await AssertRoundTripAsync(engine, source, expectedChildren: 3);
    }

    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task BackupThenRestore_OfASeededBorough_SameRowsInEveryTable_AndAnIntactAuditChain(Engine engine)
    {
        DatabaseSettings source = await _databases.CreateAsync(engine);
        CliRunner.Result seeded = await CliRunner.RunAsync(
            "demo", "seed", "--children", "100", "--years", "1", "--seed", "3", "--as-of", "2026-03-31", "--db", TestDatabases.DbArgument(source));
        Assert.True(seeded.ExitCode == CliApp.Ok, seeded.Error);
        await using (AppDbContext db = AuditTestData.Open(source))
        {
            db.AuditContext = new AuditContext("u-1", "Sam Worker", "10.0.0.1");
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(await db.Children.MinAsync(c => c.Id, Ct)), Ct);
        }

        await AssertRoundTripAsync(engine, source, expectedChildren: null);
    }

    private async Task AssertRoundTripAsync(Engine engine, DatabaseSettings source, int? expectedChildren)
    {
        string file = Path.Combine(Folder(), engine == Engine.Sqlite ? "backup.db" : "backup.dump");
        IReadOnlyDictionary<string, long> before = await DatabaseBackup.CountRowsAsync(source, Ct);
        AuditVerification trailBefore = await VerifyAsync(source);
        DatabaseSettings target = await _databases.CreateAsync(engine);
        ClosePooled(target);

        CliRunner.Result backup = await CliRunner.RunAsync("db", "backup", "--out", file, "--db", TestDatabases.DbArgument(source));
        CliRunner.Result restore = await CliRunner.RunAsync("db", "restore", "--from", file, "--db", TestDatabases.DbArgument(target));

        Assert.True(backup.ExitCode == CliApp.Ok, backup.Error);
        Assert.Contains($"to {file}: schema version {DatabaseMigrator.LatestVersion(source.Provider)}", backup.Output, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == CliApp.Ok, restore.Error);
        Assert.StartsWith($"Restored {file} to the {target.Description}", restore.Output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseBackup.CountRowsAsync(target, Ct));
        if (expectedChildren is int children)
        {
            Assert.Equal(children, before["children"]);
            Assert.Equal(5, before["audit_entries"]);
        }

        AuditVerification trailAfter = await VerifyAsync(target);
        Assert.True(trailAfter.Intact, trailAfter.Problem);
        Assert.Equal(trailBefore.Entries, trailAfter.Entries);
        Assert.Equal(trailBefore.LastHash, trailAfter.LastHash);
    }

    [Fact]
    public async Task Backup_WhileAnotherConnectionKeepsWriting_IsAConsistentSnapshot()
    {
        DatabaseSettings source = await SmallDatabaseAsync(Engine.Sqlite);
        await AuditTestData.ExecuteAsync(source, "PRAGMA journal_mode = WAL");
        string file = Path.Combine(Folder(), "backup.db");
        using var stop = new CancellationTokenSource();
        int written = 0;
        Task writer = Task.Run(async () =>
        {
            await using AppDbContext db = AuditTestData.Open(source);
            db.AuditContext = new AuditContext("u-2", "Ada Auditor", "10.0.0.2");
            while (!stop.IsCancellationRequested)
            {
                await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(1), CancellationToken.None);
                written++;
            }
        }, Ct);
        while (Volatile.Read(ref written) < 20)
        {
            await Task.Delay(10, Ct);
        }

        CliRunner.Result backup = await CliRunner.RunAsync("db", "backup", "--out", file, "--db", TestDatabases.DbArgument(source));
        int writtenAtBackup = Volatile.Read(ref written);
        await Task.Delay(50, Ct);
        await stop.CancelAsync();
        await writer;

        Assert.True(backup.ExitCode == CliApp.Ok, backup.Error);
        AuditVerification copy = await VerifyAsync(DatabaseSettings.ForSqliteFile(file));
        Assert.True(copy.Intact, copy.Problem);
        Assert.InRange(copy.Entries, 5 + 20, 5 + writtenAtBackup);
        Assert.True(written > writtenAtBackup, "the writer kept writing after the backup");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Restore_OverADatabaseHoldingData_RefusedWithoutForce_ReplacesItWithForce(Engine engine)
    {
        DatabaseSettings settings = await SmallDatabaseAsync(engine);
        string db = TestDatabases.DbArgument(settings);
        string file = Path.Combine(Folder(), "backup");
        IReadOnlyDictionary<string, long> atBackup = await DatabaseBackup.CountRowsAsync(settings, Ct);
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("db", "backup", "--out", file, "--db", db)).ExitCode);
        await using (AppDbContext write = AuditTestData.Open(settings))
        {
            write.AuditContext = new AuditContext("u-1", "Sam Worker", "10.0.0.1");
            write.Children.Add(AuditTestData.Child("C4", "Dara"));
            await write.SaveChangesAsync(Ct);
        }

        IReadOnlyDictionary<string, long> changed = await DatabaseBackup.CountRowsAsync(settings, Ct);

        ClosePooled(settings);
        CliRunner.Result refused = await CliRunner.RunAsync("db", "restore", "--from", file, "--db", db);
        Assert.Equal(CliApp.Failed, refused.ExitCode);
        Assert.Contains("already holds", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(changed, await DatabaseBackup.CountRowsAsync(settings, Ct));

        ClosePooled(settings);
        CliRunner.Result forced = await CliRunner.RunAsync("db", "restore", "--from", file, "--force", "--db", db);
        Assert.True(forced.ExitCode == CliApp.Ok, forced.Error);
        Assert.Equal(atBackup, await DatabaseBackup.CountRowsAsync(settings, Ct));
        Assert.Equal(4, changed["children"]);
        Assert.Equal(3, atBackup["children"]);
    }

    [Fact]
    public async Task Backup_OntoAnExistingFile_RefusedWithoutForce()
    {
        DatabaseSettings settings = await SmallDatabaseAsync(Engine.Sqlite);
        string file = Path.Combine(Folder(), "backup.db");
        await File.WriteAllTextAsync(file, "keep me", Ct);

        CliRunner.Result result = await CliRunner.RunAsync("db", "backup", "--out", file, "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Equal($"opencsc: The backup file {file} already exists: choose another name, or pass --force to replace it.", result.Error.Trim());
        Assert.Equal("keep me", await File.ReadAllTextAsync(file, Ct));
    }

    public static TheoryData<string, string> BadBackups => new()
    {
        { "missing", "The backup file {0} does not exist." },
        { "text", "{0} is not an OpenCSC database: it is not a SQLite database file." },
        { "other-sqlite", "{0} is not an OpenCSC database: it has no schema version (schema_version is missing or empty)." },
        { "newer-schema", "{0} is at schema version 999, newer than this build of OpenCSC knows" },
    };

    [Theory]
    [MemberData(nameof(BadBackups))]
    public async Task Restore_BadFile_FailsNamingIt_AndChangesNothing(string kind, string message)
    {
        DatabaseSettings settings = await SmallDatabaseAsync(Engine.Sqlite);
        IReadOnlyDictionary<string, long> before = await DatabaseBackup.CountRowsAsync(settings, Ct);
        string file = Path.Combine(Folder(), kind + ".db");
        switch (kind)
        {
            case "text":
                await File.WriteAllTextAsync(file, "child,name\n1,Amara\n", Ct);
                break;
            case "other-sqlite":
                await ExecuteAsync(file, "CREATE TABLE notes (text TEXT)");
                break;
            case "newer-schema":
                await ExecuteAsync(file, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')");
                break;
        }

        CliRunner.Result result = await CliRunner.RunAsync("db", "restore", "--from", file, "--force", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.StartsWith("opencsc: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, message, file), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseBackup.CountRowsAsync(settings, Ct));
    }

    [Fact]
    public async Task Restore_IntoASqliteFileInUse_Refused_AndChangesNothing()
    {
        DatabaseSettings settings = await SmallDatabaseAsync(Engine.Sqlite);
        string file = Path.Combine(Folder(), "backup.db");
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("db", "backup", "--out", file, "--db", TestDatabases.DbArgument(settings))).ExitCode);
        string path = TestDatabases.DbArgument(settings);
        await AuditTestData.ExecuteAsync(settings, "PRAGMA journal_mode = WAL");
        await AuditTestData.ExecuteAsync(settings, "DELETE FROM children WHERE la_child_id = 'C3'");

        ClosePooled(settings);
        CliRunner.Result result;
        // The web host's connection, held open in another pool.
        await using (var open = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            await open.OpenAsync(Ct);
            await using SqliteCommand read = open.CreateCommand();
            read.CommandText = "SELECT count(*) FROM children";
            await read.ExecuteScalarAsync(Ct);
            result = await CliRunner.RunAsync("db", "restore", "--from", file, "--force", "--db", path);
        }

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Equal($"opencsc: The SQLite file {Path.GetFullPath(path)} is in use (the web host or another command has it open): stop it, then restore. The database was not changed.", result.Error.Trim());
        Assert.Equal(2, (await DatabaseBackup.CountRowsAsync(settings, Ct))["children"]);
    }

    [Fact]
    public async Task Restore_IntoAPostgresDatabaseInUse_Refused_AndChangesNothing()
    {
        DatabaseSettings settings = await SmallDatabaseAsync(Engine.Postgres);
        string file = Path.Combine(Folder(), "backup.dump");
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("db", "backup", "--out", file, "--db", TestDatabases.DbArgument(settings))).ExitCode);
        await AuditTestData.ExecuteAsync(settings, "DELETE FROM children WHERE la_child_id = 'C3'");

        ClosePooled(settings);
        CliRunner.Result result;
        await using (var open = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await open.OpenAsync(Ct);
            result = await CliRunner.RunAsync("db", "restore", "--from", file, "--force", "--db", TestDatabases.DbArgument(settings));
        }

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Equal($"opencsc: The {settings.Description} is in use (1 other connection(s), e.g. the web host): stop them, then restore. The database was not changed.", result.Error.Trim());
        Assert.Equal(2, (await DatabaseBackup.CountRowsAsync(settings, Ct))["children"]);
    }

    [Fact]
    public async Task Restore_ASqliteFileIntoPostgres_FailsNamingIt()
    {
        DatabaseSettings sqlite = await SmallDatabaseAsync(Engine.Sqlite);
        DatabaseSettings pg = await _databases.CreateAsync(Engine.Postgres);
        string file = Path.Combine(Folder(), "backup.db");
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("db", "backup", "--out", file, "--db", TestDatabases.DbArgument(sqlite))).ExitCode);

        CliRunner.Result result = await CliRunner.RunAsync("db", "restore", "--from", file, "--db", TestDatabases.DbArgument(pg));

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Equal($"opencsc: {file} is a SQLite database, not a PostgreSQL backup: restore it into a SQLite file (--db FILE.db).", result.Error.Trim());
        Assert.Empty(await DatabaseBackup.CountRowsAsync(pg, Ct));
    }

    /// <summary>Closes this test's idle pooled connections, which a restore would otherwise count as the database in use.</summary>
    private static void ClosePooled(DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            using var connection = new NpgsqlConnection(settings.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new SqliteConnection(settings.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    private static async Task<AuditVerification> VerifyAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AuditTestData.Open(settings);
        return await VerifyAuditTrail.RunAsync(db, Ct);
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
