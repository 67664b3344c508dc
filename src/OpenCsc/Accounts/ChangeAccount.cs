using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.Accounts;

/// <summary>An account's editable fields as the form sends them, with the version of the account the form was opened on.</summary>
public sealed record AccountChanges(string? DisplayName, string? Role, string? WorkerStaffNumber, bool Active, bool Unlock, string? Version);

/// <summary>A field that does not meet its rule: the form field's id and what was expected.</summary>
public sealed record AccountFieldError(string FieldId, string Message);

/// <summary>
/// A system administrator changes an account: its name, role, worker, whether it may sign in, and unlocks it after
/// repeated failed sign-ins. Each change is a permission change in the audit trail (what it was, what it became), in
/// the same transaction; the account's security stamp changes with its permissions, so a session signed in with the
/// old ones ends within a minute. Nobody changes their own role or deactivates their own account. If someone else
/// changed the account after the form was opened, nothing is saved and the form says so.
/// </summary>
public static class ChangeAccount
{
    public const string ConflictMessage = "Someone else changed this account after you opened it. Check the values below and save again.";

    public static async Task<IReadOnlyList<AccountFieldError>> RunAsync(
        AppDbContext db, long accountId, StaffUser administrator, AccountChanges form, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(administrator);
        ArgumentNullException.ThrowIfNull(form);
        StaffAccount account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw new InvalidOperationException("No such account.");
        var errors = new List<AccountFieldError>();
        if (!string.Equals(form.Version, account.ConcurrencyStamp, StringComparison.Ordinal))
        {
            errors.Add(new("version", ConflictMessage));
            return errors;
        }

        string name = form.DisplayName?.Trim() ?? "";
        if (name.Length is < 1 or > 200)
        {
            errors.Add(new("display-name", "Enter the person's name, 200 characters or fewer"));
        }

        if (!Enum.TryParse(form.Role, out StaffRole role) || !Enum.IsDefined(role))
        {
            errors.Add(new("role", "Select the role"));
        }

        Worker? worker = null;
        string staffNumber = form.WorkerStaffNumber?.Trim() ?? "";
        if (staffNumber.Length > 0)
        {
            worker = await db.Workers.FirstOrDefaultAsync(w => w.StaffNumber == staffNumber, cancellationToken);
            if (worker is null)
            {
                errors.Add(new("worker", $"Enter the staff number of a worker in the database ('{staffNumber}' is not one)"));
            }
        }
        else if (errors.All(e => e.FieldId != "role") && StaffRoles.Records(role))
        {
            errors.Add(new("worker", $"Enter the staff number of the worker this {StaffRoles.Label(role).ToLowerInvariant()} is: it decides which children they see"));
        }

        if (account.Id == administrator.AccountId && errors.All(e => e.FieldId != "role") && (role != account.Role || !form.Active))
        {
            errors.Add(new(role != account.Role ? "role" : "active", "You cannot change your own role or deactivate your own account: ask another administrator"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var changes = new List<string>();
        if (name != account.DisplayName)
        {
            changes.Add($"name '{account.DisplayName}' to '{name}'");
            account.DisplayName = name;
        }

        if (role != account.Role)
        {
            changes.Add($"role {StaffRoles.Label(account.Role)} to {StaffRoles.Label(role)}");
            account.Role = role;
        }

        if (worker?.Id != account.WorkerId)
        {
            string? before = account.WorkerId is { } w ? await db.Workers.Where(x => x.Id == w).Select(x => x.StaffNumber).FirstOrDefaultAsync(cancellationToken) : null;
            changes.Add($"worker {before ?? "none"} to {worker?.StaffNumber ?? "none"}");
            account.WorkerId = worker?.Id;
        }

        if (form.Active != account.IsActive)
        {
            changes.Add(form.Active ? "reactivated" : "deactivated");
            account.IsActive = form.Active;
        }

        if (form.Unlock && account.LockoutEnd is { } end && end > now)
        {
            changes.Add("unlocked");
            account.LockoutEnd = null;
            account.AccessFailedCount = 0;
        }

        if (changes.Count == 0)
        {
            return [];
        }

        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [new("version", ConflictMessage)];
        }

        string id = account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (string change in changes)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(id, $"{account.UserName}: {change}"), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
