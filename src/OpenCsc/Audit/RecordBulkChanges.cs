using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>
/// The summary of what a bulk operation (an import) saved inside a transaction of its own making, kept until that
/// transaction commits and then appended as one entry per action (<see cref="AuditCommitInterceptor"/>). So a long
/// import takes the end of the chain only for its last moment, instead of holding up every other entry (a view, a
/// change) from its first chunk to its commit; and the trail gets one entry per import, not one per chunk.
/// </summary>
internal sealed class RecordBulkChanges(string operation, bool describeRowChanges = false)
{
    private readonly SortedDictionary<AuditAction, SortedDictionary<string, int>> _pending = [];
    private readonly List<AuditEvent> _pendingRows = [];

    public string Operation { get; } = operation;

    /// <summary>Updated and deleted rows get an entry each, with old and new values (created rows stay in summary).</summary>
    public bool DescribeRowChanges { get; } = describeRowChanges;

    public bool HasPending => _pending.Count > 0 || _pendingRows.Count > 0;

    public void Add(RecordChanges changes, IReadOnlyList<AuditEvent> rowEvents)
    {
        _pendingRows.AddRange(rowEvents);
        foreach ((AuditAction action, SortedDictionary<string, int> counts) in changes.Summary)
        {
            SortedDictionary<string, int> pending = _pending.TryGetValue(action, out var p) ? p : _pending[action] = new(StringComparer.Ordinal);
            foreach ((string type, int count) in counts)
            {
                pending[type] = pending.GetValueOrDefault(type) + count;
            }
        }
    }

    public IReadOnlyList<AuditEvent> TakeEvents()
    {
        List<AuditEvent> events = [.. _pendingRows, .. RecordChanges.SummaryEvents(Operation, _pending)];
        _pending.Clear();
        _pendingRows.Clear();
        return events;
    }

    public void Discard()
    {
        _pending.Clear();
        _pendingRows.Clear();
    }
}

/// <summary>Appends a bulk operation's pending summary just before its transaction commits; forgets it on rollback.</summary>
internal sealed class AuditCommitInterceptor : DbTransactionInterceptor
{
    public static AuditCommitInterceptor Instance { get; } = new();

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.AppendPendingBulkAuditAsync(async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            await db.AppendPendingBulkAuditAsync(async: true, cancellationToken);
        }

        return result;
    }

    // A transaction disposed without commit or rollback leaves its pending summary behind: a new one starts afresh.
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        (eventData.Context as AppDbContext)?.DiscardPendingBulkAudit();
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        (eventData.Context as AppDbContext)?.DiscardPendingBulkAudit();
        return ValueTask.FromResult(result);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as AppDbContext)?.DiscardPendingBulkAudit();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as AppDbContext)?.DiscardPendingBulkAudit();
        return Task.CompletedTask;
    }
}
