using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Admin;

/// <summary>
/// One account: change its name, role, worker and whether it may sign in, unlock it, and name it on restricted records.
/// Two administrators editing the same account: the second save is refused with a conflict message, nothing lost.
/// </summary>
[Authorize(Policy = PagePolicies.Accounts)]
public sealed class AccountModel(AppDbContext db, TimeProvider clock, RecordingContexts contexts) : RecordingPageModel
{
    private Dictionary<string, string?> _saved = [];

    public long Id { get; private set; }

    public string UserName { get; private set; } = "";

    public bool Locked { get; private set; }

    public IReadOnlyList<(long ChildId, string LaChildId)> Named { get; private set; } = [];

    /// <summary>
    /// A value of the account form: as saved (when the page opens, and after a conflict, so the administrator sees what
    /// someone else saved, with its new version), else as posted.
    /// </summary>
    public string? Field(string name) =>
        IsConflict || !HttpMethods.IsPost(Request.Method) || Request.Query.ContainsKey("handler") ? _saved.GetValueOrDefault(name) : Value(name);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        string? name = form.Text(nameof(ChangeAccountCommand.DisplayName), "displayName", "the person's name", required: false, id: "display-name");
        StaffRole? role = form.Choice<StaffRole>(nameof(ChangeAccountCommand.Role), "role", "Select the role");
        string? worker = form.Text(nameof(ChangeAccountCommand.WorkerStaffNumber), "worker", "the worker's staff number", required: false);
        form.Link(nameof(ChangeAccountCommand.Active), "active");
        form.Link(nameof(ChangeAccountCommand.Version), "display-name");
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new ChangeAccountCommand(id, name, role!.Value, worker, form.Raw("active") == "true", form.Raw("unlock") == "true", form.Raw("version"));
        RecordingResult<StaffAccount> result = await ChangeAccount.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(result, form, _ => $"Account {UserName} saved.", _ => PageUrl(id));
        if (IsConflict)
        {
            // Show what is saved now, with the new version, so the administrator can compare and save again.
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
        }

        return shown;
    }

    public async Task<IActionResult> OnPostNameAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        string? la = form.Text(nameof(NameOnRestrictedRecordCommand.LaChildId), "laChildId", "the child's LA id", required: true, id: "la-child-id");
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        RecordingResult<ChildAccessGrant> result = await NameOnRestrictedRecord.RunAsync(db, context, new NameOnRestrictedRecordCommand(id, la!), cancellationToken);
        return Show(result, form, _ => $"{UserName} named on restricted record {la}.", _ => PageUrl(id));
    }

    public async Task<IActionResult> OnPostUnnameAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        long? child = form.Id(nameof(TakeOffRestrictedRecordCommand.ChildId), "child", "Select the record to take the person off");
        if (!form.IsValid)
        {
            return NotFound();
        }

        RecordingResult<ChildAccessGrant> result = await NameOnRestrictedRecord.RunAsync(db, context, new TakeOffRestrictedRecordCommand(id, child!.Value), cancellationToken);
        return Show(result, form, _ => $"{UserName} taken off a restricted record.", _ => PageUrl(id));
    }

    private static string PageUrl(long id) => "/admin/accounts/" + id.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Id = id;
        var account = await db.StaffAccounts.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.UserName, a.DisplayName, a.Role, Worker = a.Worker == null ? null : a.Worker.StaffNumber, a.IsActive, a.LockoutEnd, a.ConcurrencyStamp })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return false;
        }

        UserName = account.UserName ?? "";
        Locked = account.LockoutEnd is { } end && end > clock.GetUtcNow();
        _saved = new Dictionary<string, string?>
        {
            ["displayName"] = account.DisplayName,
            ["role"] = account.Role.ToString(),
            ["worker"] = account.Worker,
            ["active"] = account.IsActive ? "true" : null,
            ["version"] = account.ConcurrencyStamp,
        };
        Named = await NameOnRestrictedRecord.ListAsync(db, id, cancellationToken);
        return true;
    }
}
