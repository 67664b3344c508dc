using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>
/// Records events that change no row (views, searches, exports, downloads, sign-ins, permission changes,
/// break-glass) as the context's <see cref="AppDbContext.AuditContext"/>. Inside the caller's transaction when
/// there is one, so the event and what it accompanies commit or roll back together; otherwise in a transaction of
/// its own. Pending tracked changes on the context are left alone.
/// </summary>
public static class AuditTrail
{
    public static async Task<AuditEntry> RecordAsync(AppDbContext db, AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(auditEvent);
        if (db.Database.CurrentTransaction is not null)
        {
            return (await AuditChain.AppendAsync(db, [auditEvent], async: true, cancellationToken))[0];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AuditEntry entry = (await AuditChain.AppendAsync(db, [auditEvent], async: true, cancellationToken))[0];
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }
}
