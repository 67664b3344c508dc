using System.Data.Common;
using System.Globalization;

namespace OpenCsc.Web;

/// <summary>
/// Telling a failure of the database (unreachable, restarted, full, timed out) from a fault in OpenCSC, to show the
/// user a page that says what happened, and recovering from one without restarting the host.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>The database exception behind an error, if the database is what failed.</summary>
    public static Exception? Find(Exception? error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException or Npgsql.NpgsqlException)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The provider's code for the fault (PostgreSQL's SQLSTATE, SQLite's error code): no values, no SQL.</summary>
    public static string Code(Exception fault) => fault switch
    {
        Npgsql.PostgresException postgres => "SQLSTATE " + postgres.SqlState,
        Microsoft.Data.Sqlite.SqliteException sqlite => "SQLite error " + sqlite.SqliteErrorCode.ToString(CultureInfo.InvariantCulture),
        DbException { SqlState: { } state } => "SQLSTATE " + state,
        _ => fault.InnerException?.GetType().Name ?? "-",
    };

    /// <summary>
    /// After PostgreSQL restarts, every idle pooled connection is dead and would fail the next request that takes
    /// it: drop them, so the next request opens a fresh one.
    /// </summary>
    public static void ForgetBrokenConnections() => Npgsql.NpgsqlConnection.ClearAllPools();
}
