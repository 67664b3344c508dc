using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.SignIn;

/// <summary>
/// Sign in with a local account. A failure never says whether the user name exists; five failures in a row lock the
/// account for 15 minutes. In a demo borough the page names the demo accounts, one per role.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffAccount> signIn, AppDbContext db) : PageModel
{
    public string? UserName { get; private set; }

    public string? ReturnUrl { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public IReadOnlyList<(string UserName, StaffRole Role, string DisplayName)> DemoAccounts { get; private set; } = [];

    public async Task OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = returnUrl;
        await LoadDemoAccountsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        UserName = userName?.Trim();
        ReturnUrl = returnUrl;
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(UserName))
        {
            errors.Add(new FieldError("userName", "Enter your user name"));
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add(new FieldError("password", "Enter your password"));
        }

        if (errors.Count == 0)
        {
            StaffAccount? account = await signIn.UserManager.FindByNameAsync(UserName!);
            Microsoft.AspNetCore.Identity.SignInResult result = account is { IsActive: true }
                ? await signIn.PasswordSignInAsync(account, password!, isPersistent: false, lockoutOnFailure: true)
                : Microsoft.AspNetCore.Identity.SignInResult.Failed;
            string address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (result.Succeeded)
            {
                db.AuditContext = new AuditContext(account!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), account.UserName ?? UserName!, address);
                await AuditTrail.RecordAsync(db, AuditEvent.SignedIn(), cancellationToken);
                return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
            }

            // Never the password: the name tried and why it failed.
            await AuditTrail.RecordAsync(db, AuditEvent.SignInFailed(UserName!, result.IsLockedOut ? "locked out" : account is null ? "no such account" : !account.IsActive ? "account inactive" : "wrong password"), cancellationToken);

            errors.Add(result.IsLockedOut
                ? new FieldError("userName", "This account is locked after 5 failed attempts to sign in. Try again in 15 minutes, or ask an administrator")
                : new FieldError("userName", "The user name or password is not right"));
        }

        Errors = errors;
        await LoadDemoAccountsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadDemoAccountsAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.StaffAccounts.AsNoTracking().Where(a => a.IsDemo && a.IsActive)
            .Select(a => new { a.UserName, a.Role, a.DisplayName }).ToListAsync(cancellationToken);
        DemoAccounts = accounts.OrderBy(a => a.Role).Select(a => (a.UserName ?? "", a.Role, a.DisplayName)).ToList();
    }
}
