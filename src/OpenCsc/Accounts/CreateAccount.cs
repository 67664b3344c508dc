using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Workforce;

namespace OpenCsc.Accounts;

/// <summary>What a new account needs: a user name, a role, a password, and for practitioners the worker it belongs to.</summary>
public sealed record CreateAccountCommand(string UserName, StaffRole Role, string Password, string? WorkerStaffNumber = null, string? DisplayName = null);

/// <summary>
/// Makes a local account, from the administrator's page or outside it (the first administrator of a new installation,
/// scripted set-up): the same rules as sign-in applies (a password of 12 characters or more with at least 4 different
/// characters; user names unique, ignoring case), the same hash (ASP.NET Core Identity's), lockout on. A
/// practitioner's account must name its worker, since the worker decides which children it sees. The audit trail
/// records the new account and its role as a permission change, in the same transaction, naming who made it.
/// </summary>
public static class CreateAccount
{
    public const int MinimumPasswordLength = 12;

    public static async Task<RecordingResult<StaffAccount>> RunAsync(AppDbContext db, RecordingContext context, CreateAccountCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var problems = new FieldProblems();
        string userName = command.UserName.Trim();
        if (userName.Length is < 2 or > 256 || userName.Any(char.IsWhiteSpace))
        {
            problems.Add(nameof(command.UserName), Expected("user name", "between 2 and 256 characters, without spaces"));
        }

        if (command.Password.Length < MinimumPasswordLength || command.Password.Distinct().Count() < 4)
        {
            problems.Add(nameof(command.Password), Expected("password", $"at least {MinimumPasswordLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters, with at least 4 different characters"));
        }

        string normalised = userName.ToUpperInvariant();
        if (!problems.Has(nameof(command.UserName)) && await db.StaffAccounts.AnyAsync(a => a.NormalizedUserName == normalised, cancellationToken))
        {
            problems.Add(nameof(command.UserName), Expected("user name", $"a name no other account has ('{userName}' is taken)"));
        }

        if (!Enum.IsDefined(command.Role))
        {
            problems.Add(nameof(command.Role), "Select the role");
        }

        Worker? worker = null;
        if (command.WorkerStaffNumber?.Trim() is { Length: > 0 } staffNumber)
        {
            worker = await db.Workers.FirstOrDefaultAsync(w => w.StaffNumber == staffNumber, cancellationToken);
            if (worker is null)
            {
                problems.Add(nameof(command.WorkerStaffNumber), Expected("worker", $"the staff number of a worker in the database ('{staffNumber}' is not one)"));
            }
        }
        else if (StaffRoles.Records(command.Role))
        {
            problems.Add(nameof(command.WorkerStaffNumber), Expected("worker", $"the staff number of the worker this {StaffRoles.Label(command.Role).ToLowerInvariant()} is (it decides which children they see)"));
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        string? displayName = command.DisplayName?.Trim() is { Length: > 0 } name ? name : null;
        StaffAccount account = DemoAccounts.Account(userName, command.Role, worker, displayName ?? userName, demo: false);
        if (displayName is not null)
        {
            account.DisplayName = displayName;
        }

        account.PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, command.Password);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.StaffAccounts.Add(account);
        RecordingResult<StaffAccount> result = await context.SaveAsync(db, account, nameof(command.UserName), cancellationToken);
        if (!result.IsSaved)
        {
            return result;
        }

        await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(
            account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"created {account.UserName} as {StaffRoles.Label(account.Role)}{(worker is null ? "" : ", worker " + worker.StaffNumber)}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Makes the account for a process with no person signed in (the command line, installation scripts, seeding):
    /// as the database context's <see cref="AppDbContext.AuditContext"/>; the first problem is thrown.
    /// </summary>
    public static async Task<StaffAccount> RunAsync(AppDbContext db, CreateAccountCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A process sees no child: the scope of a person with no worker and no role that reads records.
        var process = new StaffUser(-1, db.AuditContext.UserName, StaffRole.ReadOnlyMember, null);
        ChildScope scope = await ChildScope.ForAsync(db, process, db.Clock.Today(), db.UtcNowForStorage(), cancellationToken);
        var context = new RecordingContext(db.AuditContext, scope, db.Clock, StatutoryTimescales.Default, WorkingDayCalendar.EnglandAndWales());
        RecordingResult<StaffAccount> result = await RunAsync(db, context, command, cancellationToken);
        return result.IsSaved ? result.Value! : throw new AccountException(result.Problems[0].Message);
    }

    private static string Expected(string field, string expected) => $"The {field} must be {expected}.";
}

/// <summary>A new account that could not be made (a process with no page to show the problem on): what was wrong.</summary>
public sealed class AccountException(string message) : Exception(message);
