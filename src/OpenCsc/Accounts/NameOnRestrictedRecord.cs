using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;

namespace OpenCsc.Accounts;

/// <summary>
/// A system administrator names a person on a restricted record (so they see it) or takes them off it. The record is
/// given by its LA child id only: the administrator never sees a child's record. Each change is a permission change in
/// the audit trail, in the same transaction, and ends the person's current session within a minute (their security
/// stamp changes), so a removed person stops seeing the record.
/// </summary>
public static class NameOnRestrictedRecord
{
    /// <summary>Names the person on the record; returns the problem with the LA child id, or null when done.</summary>
    public static async Task<string?> AddAsync(AppDbContext db, long accountId, string? laChildId, CancellationToken cancellationToken = default)
    {
        string la = laChildId?.Trim() ?? "";
        if (la.Length == 0)
        {
            return "Enter the child's LA id";
        }

        var child = await db.Children.Where(c => c.LaChildId == la).Select(c => new { c.Id, c.IsRestricted }).FirstOrDefaultAsync(cancellationToken);
        if (child is null)
        {
            return $"There is no child with LA id '{la}'";
        }

        if (!child.IsRestricted)
        {
            return $"The record {la} is not restricted: everyone with a need to know already sees it";
        }

        if (await db.ChildAccessGrants.AnyAsync(g => g.ChildId == child.Id && g.StaffAccountId == accountId, cancellationToken))
        {
            return $"This person is already named on {la}";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChildAccessGrants.Add(new ChildAccessGrant { ChildId = child.Id, StaffAccountId = accountId });
        StaffAccount account = await TouchAsync(db, accountId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(Key(accountId), $"{account.UserName}: named on restricted record {la}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Takes the person off the record; false when they were not named on it.</summary>
    public static async Task<bool> RemoveAsync(AppDbContext db, long accountId, long childId, CancellationToken cancellationToken = default)
    {
        ChildAccessGrant? grant = await db.ChildAccessGrants.FirstOrDefaultAsync(g => g.ChildId == childId && g.StaffAccountId == accountId, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        string la = await db.Children.Where(c => c.Id == childId).Select(c => c.LaChildId).FirstAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChildAccessGrants.Remove(grant);
        StaffAccount account = await TouchAsync(db, accountId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(Key(accountId), $"{account.UserName}: taken off restricted record {la}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The restricted records the person is named on: (child id, LA child id).</summary>
    public static async Task<IReadOnlyList<(long ChildId, string LaChildId)>> ListAsync(AppDbContext db, long accountId, CancellationToken cancellationToken = default) =>
        (await db.ChildAccessGrants.Where(g => g.StaffAccountId == accountId)
            .OrderBy(g => g.Child!.LaChildId)
            .Select(g => new { g.ChildId, g.Child!.LaChildId })
            .ToListAsync(cancellationToken))
        .Select(g => (g.ChildId, g.LaChildId)).ToList();

    private static async Task<StaffAccount> TouchAsync(AppDbContext db, long accountId, CancellationToken cancellationToken)
    {
        StaffAccount account = await db.StaffAccounts.FirstAsync(a => a.Id == accountId, cancellationToken);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        return account;
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
