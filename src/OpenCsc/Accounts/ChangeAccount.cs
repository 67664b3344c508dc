using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Workforce;

namespace OpenCsc.Accounts;

/// <summary>
/// An account's editable fields, with the version of the account the form was opened on: Identity's
/// <c>ConcurrencyStamp</c>, since accounts (ASP.NET Identity users) carry no row version (decision 0025).
/// </summary>
public sealed record ChangeAccountCommand(long AccountId, string? DisplayName, StaffRole Role, string? WorkerStaffNumber, bool Active, bool Unlock, string? Version);

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

    public const int MaximumNameLength = 200;

    public static async Task<RecordingResult<StaffAccount>> RunAsync(AppDbContext db, RecordingContext context, ChangeAccountCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        StaffAccount? account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.Id == command.AccountId, cancellationToken);
        if (account is null)
        {
            return Recorded.NotFound;
        }

        if (!IsAsSeen(db, account, command.Version))
        {
            return Conflict();
        }

        var problems = new FieldProblems();
        string name = command.DisplayName?.Trim() ?? "";
        if (name.Length is < 1 or > MaximumNameLength)
        {
            problems.Add(nameof(command.DisplayName), "Enter the person's name, 200 characters or fewer");
        }

        StaffRole role = command.Role;
        if (!Enum.IsDefined(role))
        {
            problems.Add(nameof(command.Role), "Select the role");
        }

        Worker? worker = null;
        string staffNumber = command.WorkerStaffNumber?.Trim() ?? "";
        if (staffNumber.Length > 0)
        {
            worker = await db.Workers.FirstOrDefaultAsync(w => w.StaffNumber == staffNumber, cancellationToken);
            if (worker is null)
            {
                problems.Add(nameof(command.WorkerStaffNumber), $"Enter the staff number of a worker in the database ('{staffNumber}' is not one)");
            }
        }
        else if (!problems.Has(nameof(command.Role)) && StaffRoles.Records(role))
        {
            problems.Add(nameof(command.WorkerStaffNumber), $"Enter the staff number of the worker this {StaffRoles.Label(role).ToLowerInvariant()} is: it decides which children they see");
        }

        if (account.Id == context.Scope.User.AccountId && !problems.Has(nameof(command.Role)) && (role != account.Role || !command.Active))
        {
            problems.Add(role != account.Role ? nameof(command.Role) : nameof(command.Active), "You cannot change your own role or deactivate your own account: ask another administrator");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
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

        if (command.Active != account.IsActive)
        {
            changes.Add(command.Active ? "reactivated" : "deactivated");
            account.IsActive = command.Active;
        }

        // Lockouts are instants: compared with now in UTC, from the clock the audit entries use.
        if (command.Unlock && account.LockoutEnd is { } end && end > new DateTimeOffset(db.UtcNowForStorage(), TimeSpan.Zero))
        {
            changes.Add("unlocked");
            account.LockoutEnd = null;
            account.AccessFailedCount = 0;
        }

        if (changes.Count == 0)
        {
            return Recorded.Saved(account);
        }

        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        RecordingResult<StaffAccount> result = await context.SaveAsync(db, account, nameof(command.Version), cancellationToken);
        if (!result.IsSaved)
        {
            return Conflict();
        }

        string id = account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (string change in changes)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(id, $"{account.UserName}: {change}"), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// <see cref="EditConflicts.IsAsSeen(AppDbContext, Entity, int?)"/> for an account: Identity's concurrency stamp is its
    /// version, and the update names the stamp the form showed, so a save that races this one is refused too.
    /// </summary>
    private static bool IsAsSeen(AppDbContext db, StaffAccount account, string? seen)
    {
        if (seen is null || !string.Equals(seen, account.ConcurrencyStamp, StringComparison.Ordinal))
        {
            return false;
        }

        db.Entry(account).Property(a => a.ConcurrencyStamp).OriginalValue = seen;
        return true;
    }

    private static RecordingFailure Conflict() =>
        new(RecordingOutcome.Conflict, [new FieldProblem(nameof(ChangeAccountCommand.Version), ConflictMessage)]);
}
