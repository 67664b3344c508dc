using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.Accounts;

/// <summary>What a new account needs: a user name, a role, a password, and for practitioners the worker it belongs to.</summary>
public sealed record NewAccount(string UserName, StaffRole Role, string Password, string? WorkerStaffNumber = null, string? DisplayName = null);

/// <summary>
/// Makes a local account outside the web pages (the first administrator of a new installation, scripted set-up):
/// the same rules as sign-in applies (a password of 12 characters or more with at least 4 different characters; user
/// names unique, ignoring case), the same hash (ASP.NET Core Identity's), lockout on. A practitioner's account must
/// name its worker, since the worker decides which children it sees. The audit trail records the new account and its
/// role as a permission change, in the same transaction.
/// </summary>
public static class CreateAccount
{
    public const int MinimumPasswordLength = 12;

    public static async Task<StaffAccount> RunAsync(AppDbContext db, NewAccount request, CancellationToken cancellationToken = default)
    {
        string userName = request.UserName.Trim();
        if (userName.Length is < 2 or > 256 || userName.Any(char.IsWhiteSpace))
        {
            throw new AccountException("user name", "between 2 and 256 characters, without spaces");
        }

        if (request.Password.Length < MinimumPasswordLength || request.Password.Distinct().Count() < 4)
        {
            throw new AccountException("password", $"at least {MinimumPasswordLength} characters, with at least 4 different characters");
        }

        string normalised = userName.ToUpperInvariant();
        if (await db.StaffAccounts.AnyAsync(a => a.NormalizedUserName == normalised, cancellationToken))
        {
            throw new AccountException("user name", $"a name no other account has ('{userName}' is taken)");
        }

        Worker? worker = null;
        if (request.WorkerStaffNumber is { Length: > 0 } staffNumber)
        {
            worker = await db.Workers.FirstOrDefaultAsync(w => w.StaffNumber == staffNumber, cancellationToken)
                ?? throw new AccountException("worker", $"the staff number of a worker in the database ('{staffNumber}' is not one)");
        }
        else if (StaffRoles.Records(request.Role))
        {
            throw new AccountException("worker", $"the staff number of the worker this {StaffRoles.Label(request.Role).ToLowerInvariant()} is (it decides which children they see)");
        }

        StaffAccount account = DemoAccounts.Account(userName, request.Role, worker, request.DisplayName ?? userName, demo: false);
        if (request.DisplayName is { Length: > 0 } name)
        {
            account.DisplayName = name;
        }

        account.PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, request.Password);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        await AuditTrail.RecordAsync(db, AuditEvent.PermissionChanged(
            account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"created {account.UserName} as {StaffRoles.Label(account.Role)}{(worker is null ? "" : ", worker " + worker.StaffNumber)}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return account;
    }
}

/// <summary>A new account's field that does not meet its rule: which field, and what was expected.</summary>
public sealed class AccountException(string field, string expected) : Exception($"The {field} must be {expected}.")
{
    public string Field { get; } = field;
}
