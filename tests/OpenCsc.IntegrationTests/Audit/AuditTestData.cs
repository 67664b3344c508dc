using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Web;

namespace OpenCsc.IntegrationTests.Audit;

internal static class AuditTestData
{
    public static AppDbContext Open(DatabaseSettings settings) => AppDatabase.CreateContext(settings, new FixedTimeProvider(WebTestApp.Now));

    public static Child Child(string laChildId, string firstName) => new() { LaChildId = laChildId, FirstName = firstName, LastName = "Okafor" };

    public static async Task<List<AuditEntry>> EntriesAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = Open(settings);
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs SQL with the append-only triggers out of the way, as the tables' owner (or the SQLite file's holder) could.</summary>
    public static Task TamperAsync(DatabaseSettings settings, string sql) => ExecuteAsync(settings, settings.Provider == DatabaseProvider.Sqlite
        ? "DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete; " + sql
        : "ALTER TABLE audit_entries DISABLE TRIGGER USER; " + sql + "; ALTER TABLE audit_entries ENABLE TRIGGER USER");

    /// <summary>Runs raw SQL on a connection of its own, as someone with the database's password would.</summary>
    public static async Task ExecuteAsync(DatabaseSettings settings, string sql)
    {
        await using AppDbContext db = Open(settings);
        System.Data.Common.DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using System.Data.Common.DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
