using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Data;

namespace OpenCsc.Recording;

/// <summary>
/// What every recording use case is given besides its command: who is acting (for the row stamps and the audit trail
/// alike: <see cref="SaveAsync{T}"/> saves as this person, whatever the database context was set to), their
/// need-to-know scope (checked inside the use case, before anything of the child is read), today and now from the
/// injected clock, the statutory timescales and the working-day calendar. The web layer builds one per request; see
/// docs/decisions/0025-one-recording-pipeline.md.
/// </summary>
public sealed class RecordingContext
{
    public RecordingContext(AuditContext actor, ChildScope scope, TimeProvider clock, StatutoryTimescales timescales, WorkingDayCalendar calendar, TimescalesProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(timescales);
        ArgumentNullException.ThrowIfNull(calendar);
        Actor = actor;
        Scope = scope;
        Now = clock.LocalNow();
        Today = DateOnly.FromDateTime(Now);
        Timescales = timescales;
        Calendar = calendar;
        Provider = provider ?? TimescalesProvider.Statutory;
    }

    /// <summary>Who is acting and from where: the row stamps and the audit entries name them.</summary>
    public AuditContext Actor { get; }

    /// <summary>The children this person may see; <see cref="ChildScope.User"/> is the person.</summary>
    public ChildScope Scope { get; }

    /// <summary>The person's worker (the case holder, visitor, decider they are), if they are one.</summary>
    public long? WorkerId => Scope.User.WorkerId;

    public DateTime Now { get; }

    public DateOnly Today { get; }

    public StatutoryTimescales Timescales { get; }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>Where <see cref="Timescales"/> and <see cref="Calendar"/> came from: the configuration and the saved changes.</summary>
    public TimescalesProvider Provider { get; }

    /// <summary>
    /// Null when the person may record on the child; otherwise why not: <see cref="Recorded.NotFound"/> for no such
    /// child, <see cref="Recorded.Refused"/> for a child outside their need-to-know (or restricted) or a role that does
    /// not record. Every use case about a child starts here, before it reads anything of the record.
    /// </summary>
    public async Task<RecordingFailure?> RefusalForChildAsync(AppDbContext db, long childId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Scope.MayRecord && await Scope.CanSeeAsync(db, childId, cancellationToken))
        {
            return null;
        }

        return await db.Children.AnyAsync(c => c.Id == childId, cancellationToken) ? Recorded.Refused : Recorded.NotFound;
    }

    /// <summary>
    /// The opening of every use case that edits one of a child's records: the refusal (<see cref="RefusalForChildAsync"/>),
    /// the child's lock where the rule spans the child's rows (<paramref name="lockChild"/>), the record by its id among
    /// the child's (<see cref="Recorded.NotFound"/> otherwise), and whether it is still at the version the form showed
    /// (<see cref="Recorded.Conflict"/> against <paramref name="conflictField"/> otherwise). <paramref name="records"/>
    /// may include what the rules need to read with it.
    /// </summary>
    public async Task<RecordEdit<T>> EditAsync<T>(AppDbContext db, IQueryable<T> records, long childId, long recordId, int? version, string conflictField, bool lockChild, CancellationToken cancellationToken = default)
        where T : Entity, IChildRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        if (await RefusalForChildAsync(db, childId, cancellationToken) is { } refused)
        {
            return new RecordEdit<T>(this, null, refused, null);
        }

        IDbContextTransaction? transaction = lockChild ? await db.BeginForChildAsync(childId, cancellationToken) : null;
        T? record = await records.FirstOrDefaultAsync(r => r.Id == recordId && r.ChildId == childId, cancellationToken);
        RecordingFailure? failure = record is null ? Recorded.NotFound
            : db.IsAsSeen(record, version) ? null
            : Recorded.Conflict(conflictField);
        return new RecordEdit<T>(this, failure is null ? record : null, failure, transaction);
    }

    /// <summary>
    /// The form instance the recording comes from, when the web layer gives one: <see cref="SaveAsync{T}"/> stores its
    /// token with the record, in the same transaction, so the same form cannot create a second record.
    /// </summary>
    public FormInstance? Form { get; set; }

    /// <summary>
    /// Saves as this person and returns <paramref name="value"/>; when another save changed one of the records first
    /// (<see cref="EditConflicts.TrySaveAsync"/>), nothing is saved and the conflict stands against <paramref name="conflictField"/>.
    /// With a <see cref="Form"/>, its token is saved too: a second save of the same form fails on the token's key,
    /// and nothing of it is kept.
    /// </summary>
    public async Task<RecordingResult<T>> SaveAsync<T>(AppDbContext db, T value, string conflictField, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditContext = Actor;
        if (Form is not { } form)
        {
            return await db.TrySaveAsync(cancellationToken) ? Recorded.Saved(value) : Recorded.Conflict(conflictField);
        }

        // The use case's own transaction when it began one (it commits), else one for the record and its token.
        await using IDbContextTransaction? own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var submission = new FormSubmission { Token = form.Token, UserName = Actor.UserName, SubmittedAt = db.UtcNowForStorage() };
        db.FormSubmissions.Add(submission);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Recorded.Conflict(conflictField);
        }

        // The result names the saved record's key, known only now.
        FormOutcome outcome = form.Outcome(value!);
        submission.ResultUrl = outcome.Url;
        submission.SavedMessage = outcome.Message;
        await db.SaveChangesAsync(cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return Recorded.Saved(value);
    }
}
