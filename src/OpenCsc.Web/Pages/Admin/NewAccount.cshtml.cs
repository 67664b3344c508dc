using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Admin;

/// <summary>Create an account: user name, name, role, worker and a first password (the person changes nothing else).</summary>
[Authorize(Policy = PagePolicies.Accounts)]
public sealed class NewAccountModel(AppDbContext db) : PageModel
{
    public string? UserName { get; private set; }

    public string? DisplayName { get; private set; }

    public string? Role { get; private set; }

    public string? Worker { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? displayName, string? role, string? worker, string? password, string? confirmPassword, CancellationToken cancellationToken)
    {
        (UserName, DisplayName, Role, Worker) = (userName, displayName, role, worker);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add(new("display-name", "Enter the person's name"));
        }

        if (!Enum.TryParse(role, out StaffRole parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add(new("role", "Select the role"));
        }

        if (!string.Equals(password, confirmPassword, StringComparison.Ordinal))
        {
            errors.Add(new("confirm-password", "The two passwords must be the same"));
        }

        if (errors.Count == 0)
        {
            try
            {
                StaffAccount account = await CreateAccount.RunAsync(db, new NewAccount(userName ?? "", parsed, password ?? "", worker?.Trim(), displayName!.Trim()), cancellationToken);
                Saved = $"Account {account.UserName} created.";
                return Redirect("/admin/accounts");
            }
            catch (AccountException e)
            {
                string field = e.Field switch { "user name" => "user-name", "password" => "password", _ => "worker" };
                errors.Add(new(field, e.Message));
            }
        }

        Errors = errors;
        return Page();
    }
}
