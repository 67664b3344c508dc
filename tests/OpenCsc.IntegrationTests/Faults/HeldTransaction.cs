using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenCsc.Data;

namespace OpenCsc.IntegrationTests.Faults;

/// <summary>
/// Holds the web host's next write transaction open after it has written its rows and before it commits, so that a
/// test can kill the host or restart the database at exactly that point. SQLite (rollback journal): a read
/// transaction on another connection keeps the shared lock, so the host's COMMIT (which needs the exclusive lock) waits
/// for it. PostgreSQL: a session holds the advisory lock that a transaction takes to append to the audit trail, which
/// every save and import does after writing its records.
/// </summary>
public sealed class HeldTransaction : IAsyncDisposable
{
    /// <summary>The audit chain's advisory lock key (AuditChain.LockKey).</summary>
    private const long AuditChainLock = 7040212;

    private readonly DatabaseSettings _settings;
    private SqliteConnection? _sqlite;
    private NpgsqlConnection? _postgres;

    private HeldTransaction(DatabaseSettings settings) => _settings = settings;

    public static async Task<HeldTransaction> HoldAsync(DatabaseSettings settings)
    {
        var held = new HeldTransaction(settings);
        CancellationToken ct = TestContext.Current.CancellationToken;
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            held._sqlite = new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
            await held._sqlite.OpenAsync(ct);
            await using (SqliteCommand mode = held._sqlite.CreateCommand())
            {
                // In WAL mode a reader does not hold a writer back, so there would be nothing to wait for.
                mode.CommandText = "PRAGMA journal_mode";
                if (!string.Equals((string?)await mode.ExecuteScalarAsync(ct), "delete", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException("Holding a SQLite writer needs the rollback journal (journal_mode = delete).");
                }
            }

            await using SqliteCommand read = held._sqlite.CreateCommand();
            read.CommandText = "BEGIN; SELECT count(*) FROM children;";
            await read.ExecuteScalarAsync(ct);
        }
        else
        {
            held._postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
            await held._postgres.OpenAsync(ct);
            await using var hold = new NpgsqlCommand($"SELECT pg_advisory_lock({AuditChainLock})", held._postgres);
            await hold.ExecuteScalarAsync(ct);
        }

        return held;
    }

    /// <summary>Waits until another connection has written in a transaction and is waiting to finish it.</summary>
    public async Task WaitForAWriterAsync()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_sqlite is not null)
            {
                string journal = new SqliteConnectionStringBuilder(_settings.ConnectionString).DataSource + "-journal";
                if (File.Exists(journal) && new FileInfo(journal).Length > 0)
                {
                    // The journal holds the pages the writer has changed; give it a moment to reach its COMMIT.
                    await Task.Delay(1000, ct);
                    return;
                }
            }
            else
            {
                await using var waiting = new NpgsqlCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    + "AND wait_event_type = 'Lock' AND wait_event = 'advisory' AND backend_xid IS NOT NULL", _postgres);
                if ((long)(await waiting.ExecuteScalarAsync(ct))! > 0)
                {
                    return;
                }
            }

            await Task.Delay(50, ct);
        }

        throw new TimeoutException("No writer reached the held transaction within 2 minutes.");
    }

    /// <summary>Lets the waiting writer go on (or find its client gone).</summary>
    public async Task ReleaseAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
            _sqlite = null;
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            _postgres = null;
        }
    }

    /// <summary>PostgreSQL: waits until no other session is connected to the database (a killed client's backend has ended).</summary>
    public static async Task WaitUntilAloneAsync(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        CancellationToken ct = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            await using var others = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL", connection);
            if ((long)(await others.ExecuteScalarAsync(ct))! == 0)
            {
                return;
            }

            await Task.Delay(50, ct);
        }

        throw new TimeoutException("A transaction of the killed host was still open after a minute.");
    }

    public ValueTask DisposeAsync() => new(ReleaseAsync());
}
