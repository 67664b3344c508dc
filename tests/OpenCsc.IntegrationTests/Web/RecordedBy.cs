using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

/// <summary>
/// Checks that a save through a recording form names the signed-in person, in the row's stamps and in the audit
/// trail alike (one source for both: the recording context).
/// </summary>
public static class RecordedBy
{
    /// <summary>The row was last changed by <paramref name="userName"/>, and the audit entry for that change names them.</summary>
    public static async Task AssertAsync<T>(AppDbContext db, string userName, T row)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        Assert.Equal(userName, row.UpdatedBy);
        string type = typeof(T).Name;
        string id = db.Entry(row).Property("Id").CurrentValue!.ToString()!;
        List<AuditEntry> entries = await db.AuditEntries
            .Where(e => e.EntityType == type && e.EntityId == id && (e.Action == AuditAction.Create || e.Action == AuditAction.Update))
            .OrderByDescending(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(entries);
        Assert.Equal(userName, entries[0].UserName);
    }
}
