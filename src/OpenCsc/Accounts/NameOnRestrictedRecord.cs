using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Accounts;

/// <summary>A person to name on a restricted record, given by its LA child id (trimmed).</summary>
public sealed record NameOnRestrictedRecordCommand(long AccountId, string LaChildId);

/// <summary>A person to take off a restricted record.</summary>
public sealed record TakeOffRestrictedRecordCommand(long AccountId, long ChildId);

/// <summary>
/// A system administrator names a person on a restricted record (so they see it) or takes them off it. The record is
/// given by its LA child id only: the administrator never sees a child's record (so there is no need-to-know refusal
/// here; the page is the administrator's). Each change is a permission change in the audit trail, naming the
/// administrator, in the same transaction, and ends the person's current session within a minute (their security
/// stamp changes), so a removed person stops seeing the record.
/// </summary>
public static class NameOnRestrictedRecord
{
    /// <summary>Names the person on the record: the grant, or the problem with the LA child id.</summary>
    public static async Task<RecordingResult<ChildAccessGrant>> RunAsync(AppDbContext db, RecordingContext context, NameOnRestrictedRecordCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        string la = command.LaChildId.Trim();
        string field = nameof(command.LaChildId);
        if (la.Length == 0)
        {
            return Recorded.Invalid(field, "Enter the child's LA id");
        }

        var child = await db.Children.Where(c => c.LaChildId == la).Select(c => new { c.Id, c.IsRestricted }).FirstOrDefaultAsync(cancellationToken);
        if (child is null)
        {
            return Recorded.Invalid(field, $"There is no child with LA id '{la}'");
        }

        if (!child.IsRestricted)
        {
            return Recorded.Invalid(field, $"The record {la} is not restricted: everyone with a need to know already sees it");
        }

        if (await db.ChildAccessGrants.AnyAsync(g => g.ChildId == child.Id && g.StaffAccountId == command.AccountId, cancellationToken))
        {
            return Recorded.Invalid(field, $"This person is already named on {la}");
        }

        if (await TouchAsync(db, command.AccountId, cancellationToken) is not { } account)
        {
            return Recorded.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var grant = new ChildAccessGrant { ChildId = child.Id, StaffAccountId = command.AccountId };
        db.ChildAccessGrants.Add(grant);
        RecordingResult<ChildAccessGrant> result = await context.SaveAsync(db, grant, field, cancellationToken);
        if (result.IsSaved)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(Key(command.AccountId), $"{account.UserName}: named on restricted record {la}"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Takes the person off the record: the grant removed, or not found when they were not named on it.</summary>
    public static async Task<RecordingResult<ChildAccessGrant>> RunAsync(AppDbContext db, RecordingContext context, TakeOffRestrictedRecordCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        ChildAccessGrant? grant = await db.ChildAccessGrants.FirstOrDefaultAsync(g => g.ChildId == command.ChildId && g.StaffAccountId == command.AccountId, cancellationToken);
        if (grant is null || await TouchAsync(db, command.AccountId, cancellationToken) is not { } account)
        {
            return Recorded.NotFound;
        }

        string la = await db.Children.Where(c => c.Id == command.ChildId).Select(c => c.LaChildId).FirstAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChildAccessGrants.Remove(grant);
        RecordingResult<ChildAccessGrant> result = await context.SaveAsync(db, grant, nameof(command.ChildId), cancellationToken);
        if (result.IsSaved)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(Key(command.AccountId), $"{account.UserName}: taken off restricted record {la}"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>The restricted records the person is named on: (child id, LA child id).</summary>
    public static async Task<IReadOnlyList<(long ChildId, string LaChildId)>> ListAsync(AppDbContext db, long accountId, CancellationToken cancellationToken = default) =>
        (await db.ChildAccessGrants.Where(g => g.StaffAccountId == accountId)
            .OrderBy(g => g.Child!.LaChildId)
            .Select(g => new { g.ChildId, g.Child!.LaChildId })
            .ToListAsync(cancellationToken))
        .Select(g => (g.ChildId, g.LaChildId)).ToList();

    private static async Task<StaffAccount?> TouchAsync(AppDbContext db, long accountId, CancellationToken cancellationToken)
    {
        StaffAccount? account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        return account;
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
