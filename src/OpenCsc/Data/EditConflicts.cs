using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCsc.Data;

/// <summary>
/// No edit is lost silently. A form that changes a stored record carries the version of the record it showed; the
/// save is refused when the record has changed since (someone else saved first), and the database refuses it too when
/// the two saves race (the update names the version it read, and a changed row matches nothing). The person who
/// saved second is told, and keeps what they typed. See docs/decisions/0023-edit-conflicts.md.
/// </summary>
public static class EditConflicts
{
    public const string Message =
        "Someone else changed this record after you opened it, so nothing you entered was saved. Your entries are below: check the record as it is now, then save again.";

    /// <summary>Makes <see cref="Entity.RowVersion"/> the concurrency token of every domain table.</summary>
    public static void Apply(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (IMutableEntityType entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(Entity).IsAssignableFrom(entity.ClrType))
            {
                entity.FindProperty(nameof(Entity.RowVersion))!.IsConcurrencyToken = true;
            }
        }
    }

    /// <summary>The version to carry in a form: what the user is looking at.</summary>
    public static string VersionOf(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// True when the tracked <paramref name="entity"/> is still at the version the form showed; from then on its save
    /// succeeds only if nobody saves it first (the update's condition is that version). False when it has moved on,
    /// or the form carried no readable version.
    /// </summary>
    public static bool IsAsSeen(this AppDbContext db, Entity entity, int? seenVersion)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        if (seenVersion is not { } seen || seen != entity.RowVersion)
        {
            return false;
        }

        db.Entry(entity).Property(e => e.RowVersion).OriginalValue = seen;
        return true;
    }

    /// <summary>
    /// Begins the transaction for a rule that spans rows of one child (one plan, one period of care, one allocation at
    /// a time): on PostgreSQL the child's row is locked until it ends, so two such saves about the child run one after
    /// the other; SQLite's write transactions already take the database's write lock.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginForChildAsync(this AppDbContext db, long childId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM children WHERE id = {childId} FOR UPDATE", cancellationToken);
        }

        return transaction;
    }

    /// <summary>
    /// Saves, returning false (and leaving the database as it was) when another save changed one of the records first.
    /// The context's tracked changes are discarded then, so nothing half-applied lingers.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
