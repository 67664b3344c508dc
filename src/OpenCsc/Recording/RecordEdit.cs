using Microsoft.EntityFrameworkCore.Storage;
using OpenCsc.Data;

namespace OpenCsc.Recording;

/// <summary>
/// One of a child's records opened for an edit by <see cref="RecordingContext.EditAsync{T}"/>: either the record, still
/// as the form showed it, or why the edit cannot go on. Where the rule spans the child's rows it holds the child's lock
/// (<see cref="EditConflicts.BeginForChildAsync"/>) until it is disposed; <see cref="SaveAsync{TResult}"/> commits it.
/// </summary>
public sealed class RecordEdit<T> : IAsyncDisposable
    where T : Entity
{
    private readonly RecordingContext _context;
    private readonly IDbContextTransaction? _transaction;
    private readonly T? _record;

    internal RecordEdit(RecordingContext context, T? record, RecordingFailure? failure, IDbContextTransaction? transaction)
    {
        _context = context;
        _record = record;
        Failure = failure;
        _transaction = transaction;
    }

    /// <summary>Null when the record is open for the edit.</summary>
    public RecordingFailure? Failure { get; }

    public T Record => _record ?? throw new InvalidOperationException("The record was not opened: " + Failure?.Outcome);

    /// <summary>Saves as the context's person (<see cref="RecordingContext.SaveAsync{T}"/>) and, when it saved, commits the child's lock.</summary>
    public async Task<RecordingResult<TResult>> SaveAsync<TResult>(AppDbContext db, TResult value, string conflictField, CancellationToken cancellationToken = default)
    {
        RecordingResult<TResult> result = await _context.SaveAsync(db, value, conflictField, cancellationToken);
        if (result.IsSaved && _transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
