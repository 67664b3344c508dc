using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Admin;

/// <summary>Create an account: user name, name, role, worker and a first password (the person changes nothing else).</summary>
[Authorize(Policy = PagePolicies.Accounts)]
public sealed class NewAccountModel(AppDbContext db, RecordingContexts contexts) : RecordingPageModel
{
    /// <summary>The second password box, checked against the first by the page alone.</summary>
    private const string ConfirmPassword = nameof(ConfirmPassword);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        string? userName = form.Text(nameof(CreateAccountCommand.UserName), "userName", "the user name", required: false, id: "user-name");
        string? displayName = form.Text(nameof(CreateAccountCommand.DisplayName), "displayName", "the person's name", required: true, id: "display-name");
        StaffRole? role = form.Choice<StaffRole>(nameof(CreateAccountCommand.Role), "role", "Select the role");
        string? worker = form.Text(nameof(CreateAccountCommand.WorkerStaffNumber), "worker", "the worker's staff number", required: false);

        // Passwords as typed: spaces count.
        string password = form.Raw("password") ?? "";
        form.Link(nameof(CreateAccountCommand.Password), "password");
        form.Link(ConfirmPassword, "confirm-password");
        if (!string.Equals(password, form.Raw("confirmPassword") ?? "", StringComparison.Ordinal))
        {
            form.Problem(ConfirmPassword, "The two passwords must be the same");
        }

        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new CreateAccountCommand(userName ?? "", role!.Value, password, worker, displayName);
        RecordingResult<StaffAccount> result = await CreateAccount.RunAsync(db, context, command, cancellationToken);
        return Show(result, form, account => $"Account {account.UserName} created.", _ => "/admin/accounts");
    }
}
